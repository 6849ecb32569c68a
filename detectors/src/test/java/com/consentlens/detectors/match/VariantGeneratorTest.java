package com.consentlens.detectors.match;

import com.consentlens.detectors.Fixtures;
import com.consentlens.model.PiiType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.consentlens.detectors.Payloads.md5;
import static com.consentlens.detectors.Payloads.sha1;
import static com.consentlens.detectors.Payloads.sha256;
import static org.assertj.core.api.Assertions.assertThat;

class VariantGeneratorTest {
    private static final Map<String, Needle> NEEDLES = VariantGenerator.needles(Fixtures.profile().device()).stream()
            .collect(Collectors.toMap(Needle::text, Function.identity()));

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "867530012345674|IMEI|''",
            "86753001234567|IMEI|no-check-digit",
            "476543210035768|IMEI|reversed",
            "ac:37:43:12:34:56|MAC|lower",
            "AC-37-43-12-34-56|MAC|dashes",
            "ac3743123456|MAC|no-separators lower",
            "6F0C1D2E3A4B4C5D8E9F0A1B2C3D4E5F|OAID|no-separators upper",
            "38400000-8CF0-11BD-B23E-10B96E40000D|GAID|upper",
            "3C2F8A9B1D4E5F60|ANDROID_ID|upper",
            "+8613812345678|PHONE|country-code",
            "008613812345678|PHONE|country-code",
            "138-1234-5678|PHONE|dashes",
            "+86 138 1234 5678|PHONE|country-code spaces",
            "ODY3NTMwMDEyMzQ1Njc0|IMEI|base64",
            "lisi@example.org|CONTACT|''",
            "13900001111|CONTACT|''",
            "r58n12345ab|SERIAL|lower",
            // MD5 of the IMEI (1e051038ed39036971ff2931bf3f1055) as Integer.toHexString per byte writes it
            "1e51038ed3936971ff2931bf3f1055|IMEI|md5 unpadded-hex",
            "1E51038ED3936971FF2931BF3F1055|IMEI|md5 unpadded-hex upper",
            "52c3409af383a2ceca78b967716c0f0|MAC|no-separators lower md5 unpadded-hex",
            // SHA-256 of the IMEI (0031ddef…) as new BigInteger(1, digest).toString(16) writes it
            "31ddeffa8748b7fc62c2a0a67e3fd09da855ca64f5d273b18baff2448a528a|IMEI|sha256 unpadded-hex",
    })
    void needles_normalisedForms(String text, PiiType pii, String transforms) {
        Needle n = NEEDLES.get(text);

        assertThat(n).as(text).isNotNull();
        assertThat(n.pii()).isEqualTo(pii);
        assertThat(String.join(" ", n.transforms())).isEqualTo(transforms);
    }

    @ParameterizedTest(name = "{1}({0})")
    @CsvSource({"867530012345674, md5", "ac3743123456, sha1", "13812345678, sha256", "460011234567890, md5"})
    void needles_hashesInHexCasesAndBase64(String form, String hash) {
        String hex = switch (hash) {
            case "md5" -> md5(form);
            case "sha1" -> sha1(form);
            default -> sha256(form);
        };
        String b64 = java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));

        assertThat(NEEDLES.get(hex).transforms()).endsWith(hash);
        assertThat(NEEDLES.get(hex.toUpperCase()).transforms()).endsWith(hash, "upper");
        assertThat(NEEDLES.get(b64).transforms()).endsWith(hash, "base64");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"00ff0a10, 0ffa10", "0f0e, fe", "ffee1020, ffee1020"})
    void unpaddedHex_dropsEachBytesLeadingZero(String paddedHex, String expected) {
        assertThat(VariantGenerator.unpaddedHex(java.util.HexFormat.of().parseHex(paddedHex))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'+86 139-1234-5678'", "8613912345678", "139 1234 5678"})
    void phoneForms_sameNationalNumber(String written) {
        List<String> texts = VariantGenerator.phoneForms(written).stream().map(VariantGenerator.Form::text).toList();

        assertThat(texts).contains("13912345678", "+8613912345678", "139 1234 5678");
    }
}
