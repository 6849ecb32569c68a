package com.consentlens.detectors.match;

import com.consentlens.model.PiiType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One literal the exact matcher searches for: a variant of a profile value ({@code value}) as an SDK would
 * send it, with the {@code transforms} that turn the profile value into this text, in the order they are
 * applied ({@code ["no-separators", "md5", "upper"]}: MD5 of the MAC without separators, as upper-case hex).
 */
public record Needle(String text, PiiType pii, String value, List<String> transforms) {
    public Needle {
        transforms = List.copyOf(transforms);
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
