package com.consentlens.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The onboarding QR code: the phone's camera opens the proxy's onboarding page (CA download) without typing
 * a URL. Encoded with ZXing core into a JavaFX image pixel by pixel (no Swing bridge needed).
 */
public final class QrCodes {
    private QrCodes() {
    }

    /** The QR modules for {@code text}, {@code size}×{@code size} pixels with a 1-module quiet zone. */
    public static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    public static WritableImage image(String text, int size) {
        BitMatrix m = matrix(text, size);
        WritableImage img = new WritableImage(m.getWidth(), m.getHeight());
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                w.setColor(x, y, m.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return img;
    }
}
