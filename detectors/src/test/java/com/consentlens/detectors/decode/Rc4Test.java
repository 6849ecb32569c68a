package com.consentlens.detectors.decode;

import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Rc4} against two independent implementations: the JDK's ARCFOUR (keys up to 128 bytes) and BouncyCastle's. */
class Rc4Test {

    /** Key lengths: the shortest, MTA's 32, the JDK's longest, one past it, Alibaba's 256. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 32, 128, 129, 256})
    void decryptsAsBouncyCastleAndTheJdkDo(int keyLength) throws Exception {
        Random random = new Random(keyLength);
        byte[] key = new byte[keyLength];
        random.nextBytes(key);
        byte[] plain = new byte[3000];
        random.nextBytes(plain);

        RC4Engine bc = new RC4Engine();
        bc.init(true, new KeyParameter(key));
        byte[] cipherText = new byte[plain.length];
        bc.processBytes(plain, 0, plain.length, cipherText, 0);

        Rc4 rc4 = new Rc4(key);
        assertThat(rc4.apply(cipherText, 0, cipherText.length)).isEqualTo(plain);
        assertThat(rc4.apply(cipherText, 0, cipherText.length)).as("each call starts afresh").isEqualTo(plain);
        if (keyLength >= 5 && keyLength <= 128) {
            Cipher jdk = Cipher.getInstance("ARCFOUR");
            jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ARCFOUR"));
            assertThat(jdk.doFinal(plain)).isEqualTo(cipherText);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 257})
    void refusesKeysRc4CannotTake(int keyLength) {
        assertThatThrownBy(() -> new Rc4(new byte[keyLength])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(keyLength));
    }

    /** RFC 6229's first test vector: key 0x0102030405, keystream from offset 0. */
    @ParameterizedTest
    @ValueSource(strings = "b2396305f03dc027ccc3524a0a1118a8")
    void matchesRfc6229(String expected) {
        byte[] keystream = new Rc4(new byte[] {1, 2, 3, 4, 5}).keystream(16);
        assertThat(java.util.HexFormat.of().formatHex(keystream)).isEqualTo(expected);
        assertThat(new String(new Rc4("k".getBytes(StandardCharsets.US_ASCII)).apply(new byte[0], 0, 0),
                StandardCharsets.US_ASCII)).isEmpty();
    }
}
