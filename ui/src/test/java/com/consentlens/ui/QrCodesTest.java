package com.consentlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class QrCodesTest {
    @Test
    void matrix_decodesBackToOnboardingUrl() throws Exception {
        String url = "http://192.168.1.20:8080/";
        BitMatrix m = QrCodes.matrix(url, 160);
        int[] pixels = new int[m.getWidth() * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                pixels[y * m.getWidth() + x] = m.get(x, y) ? 0xff000000 : 0xffffffff;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(m.getWidth(), m.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
        assertThat(m.getWidth()).isEqualTo(160);
    }
}
