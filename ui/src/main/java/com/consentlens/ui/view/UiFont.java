package com.consentlens.ui.view;

import java.util.Comparator;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The font family for the window. JavaFX's default font has no CJK glyphs and, on Linux, neither controls nor
 * canvas text fall back to one, so Chinese labels (and Chinese vendor names in the English UI) render as boxes.
 * A Simplified Chinese family is used when one is installed; its Latin glyphs are ordinary sans.
 */
public final class UiFont {
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC");
    private static String family;

    private UiFont() {
    }

    /** The first installed family with CJK glyphs, else the platform default; call on the FX thread. */
    public static synchronized String family() {
        if (family == null) {
            family = Font.getFamilies().stream().filter(CJK::contains).min(Comparator.comparing(CJK::indexOf))
                    .orElse(Font.getDefault().getFamily());
        }
        return family;
    }

    /** Whether {@link #family()} is a CJK family (false e.g. under headless Monocle without fonts). */
    public static boolean hasCjk() {
        return CJK.contains(family());
    }
}
