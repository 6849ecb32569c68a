package com.consentlens.ui;

import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's words in the current UI language. Fixed text comes from the {@code messages} bundles
 * (English and 简体中文, UTF-8); domain labels (data types, phases, violations and their MIIT citations, SDK
 * names) come from the model, which carries both languages, so the UI, JSONL and report say the same thing.
 * The locale is a property: switching it rebuilds the views without restarting the window.
 */
public final class Texts {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "com.consentlens.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;

    public Texts(Locale initial) {
        locale.addListener((obs, old, now) -> bundle = load(now));
        locale.set(initial);
    }

    /** Chinese when the system locale is Chinese, English otherwise. */
    public static Texts forSystemLocale() {
        return new Texts(isChinese(Locale.getDefault()) ? CHINESE : ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public boolean chinese() {
        return isChinese(locale.get());
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must be visible in the window, not crash it.
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale.get()).format(args);
    }

    public String pii(PiiType t) {
        return t == null ? "" : chinese() ? t.labelZh() : t.labelEn();
    }

    public String phase(Phase p) {
        return p == null ? get("phase.pending") : chinese() ? p.labelZh() : p.labelEn();
    }

    public String violation(Violation v) {
        return chinese() ? v.titleZh() : v.titleEn();
    }

    public String citation(Violation v) {
        return chinese() ? v.citationZh() : v.citationEn();
    }

    public String marker(MarkerType t) {
        return chinese() ? t.labelZh() : t.labelEn();
    }

    /** Short SDK name in the UI language (no vendor), for tight places such as the timeline's row labels. */
    public String sdkName(SdkAttribution sdk) {
        if (sdk == null) {
            return get("sdk.unknown");
        }
        return chinese() && sdk.nameZh() != null && !sdk.nameZh().isBlank() ? sdk.nameZh() : sdk.name();
    }

    /** SDK name in the UI language with its vendor, or the "unknown SDK" label when no catalog entry matched. */
    public String sdk(SdkAttribution sdk) {
        if (sdk == null) {
            return get("sdk.unknown");
        }
        String name = chinese() && sdk.nameZh() != null && !sdk.nameZh().isBlank() ? sdk.nameZh() : sdk.name();
        return sdk.vendor() == null || sdk.vendor().isBlank() ? name : name + " · " + sdk.vendor();
    }

    private static boolean isChinese(Locale l) {
        return l != null && "zh".equals(l.getLanguage());
    }

    private static ResourceBundle load(Locale l) {
        // Without the NoFallback control a Chinese bundle lookup on an English machine would be fine, but an
        // English lookup on a Chinese machine would fall back to the system's zh bundle.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
