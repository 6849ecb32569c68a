package com.consentlens.detectors.match;

import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands each profile value into the texts SDKs actually send. First the normalised forms — case, with
 * and without separators (MAC {@code AC:37:…}, {@code ac-37-…}, {@code ac3743123456}), IMEI without its check
 * digit, OAID/GAID without dashes, phone numbers with {@code +86}/{@code 86}/{@code 0086}, spaces or dashes
 * — then, for every normalised form, its MD5, SHA-1 and SHA-256 as lower hex, upper hex and base64 (and as
 * hex without leading zeros, the way {@code Integer.toHexString} and {@code BigInteger} helpers write it), and its
 * plain base64. Contacts' phone numbers and emails get the same treatment under {@code CONTACT}. An IMEI or
 * MEID is also matched written backwards, as Baidu's CUID carries it ({@code reversed}).
 */
public final class VariantGenerator {
    private static final String[] HASHES = {"md5", "sha1", "sha256"};

    private VariantGenerator() {
    }

    /** All needles of a device profile, one per distinct text (the first value to claim a text keeps it). */
    public static List<Needle> needles(DeviceProfile device) {
        Map<String, Needle> out = new LinkedHashMap<>();
        for (PiiType type : PiiType.values()) {
            for (String value : device.valuesOf(type)) {
                addAll(out, type, value, forms(type, value));
            }
        }
        for (Contact c : device.contacts()) {
            c.phones().forEach(p -> addAll(out, PiiType.CONTACT, p, forms(PiiType.PHONE, p)));
            c.emails().forEach(e -> addAll(out, PiiType.CONTACT, e, forms(PiiType.EMAIL, e)));
        }
        return List.copyOf(out.values());
    }

    private static void addAll(Map<String, Needle> out, PiiType pii, String value, List<Form> forms) {
        if (IdentifierFormats.isPlaceholder(value)) {
            return;
        }
        for (Form f : forms) {
            put(out, new Needle(f.text, pii, value, f.transforms));
        }
        if ((pii == PiiType.IMEI || pii == PiiType.MEID) && forms.get(0).text.length() >= 14) {
            // Baidu's CUID ends with the device ID written backwards ("<md5>|4765…"), never hashed that way.
            put(out, new Needle(new StringBuilder(forms.get(0).text).reverse().toString(), pii, value,
                    List.of("reversed")));
        }
        for (Form f : forms) {
            byte[] bytes = f.text.getBytes(StandardCharsets.UTF_8);
            put(out, new Needle(Base64.getEncoder().encodeToString(bytes), pii, value, plus(f.transforms, "base64")));
            for (String h : HASHES) {
                byte[] digest = digest(h, bytes);
                String hex = HexFormat.of().formatHex(digest);
                put(out, new Needle(hex, pii, value, plus(f.transforms, h)));
                put(out, new Needle(hex.toUpperCase(Locale.ROOT), pii, value, plus(plus(f.transforms, h), "upper")));
                put(out, new Needle(Base64.getEncoder().encodeToString(digest), pii, value,
                        plus(plus(f.transforms, h), "base64")));
                for (String unpadded : new String[] {unpaddedHex(digest), new BigInteger(1, digest).toString(16)}) {
                    if (unpadded.length() < hex.length()) {
                        put(out, new Needle(unpadded, pii, value, plus(plus(f.transforms, h), "unpadded-hex")));
                        put(out, new Needle(unpadded.toUpperCase(Locale.ROOT), pii, value,
                                plus(plus(plus(f.transforms, h), "unpadded-hex"), "upper")));
                    }
                }
            }
        }
    }

    /**
     * A digest as {@code Integer.toHexString(b & 0xff)} per byte writes it: a byte below 0x10 loses its
     * leading zero, so the text is shorter than 2 digits a byte. Umeng's {@code HelperUtils.getUmengMD5}
     * (the header's {@code idmd5}) and many hand-written MD5 helpers in Chinese SDKs do this; about two
     * digests in three have such a byte. The other common idiom, {@code new BigInteger(1, digest).toString(16)},
     * drops only the zeros in front of the whole number (one digest in sixteen); both are {@code unpadded-hex}.
     */
    static String unpaddedHex(byte[] digest) {
        StringBuilder sb = new StringBuilder(digest.length * 2);
        for (byte b : digest) {
            sb.append(Integer.toHexString(b & 0xff));
        }
        return sb.toString();
    }

    private static void put(Map<String, Needle> out, Needle n) {
        if (n.text().length() >= 4) {
            out.putIfAbsent(n.text(), n);
        }
    }

    /** A normalised text form of a value and the transforms that produce it. */
    record Form(String text, List<String> transforms) {
    }

    static List<Form> forms(PiiType type, String raw) {
        String v = raw.trim();
        List<Form> f = new ArrayList<>();
        switch (type) {
            case IMEI -> {
                f.add(new Form(v, List.of()));
                if (v.length() == 15) {
                    f.add(new Form(v.substring(0, 14), List.of("no-check-digit")));
                } else if (v.length() == 14 && v.chars().allMatch(Character::isDigit)) {
                    f.add(new Form(v + IdentifierFormats.luhnCheckDigit(v), List.of("check-digit")));
                }
            }
            case MAC, WIFI -> { // a BSSID is written like a MAC (Android's ScanResult: lower case, colons)
                String hex = v.replaceAll("[^0-9A-Fa-f]", "");
                for (String sep : new String[] {":", "-", ""}) {
                    String joined = String.join(sep, hex.split("(?<=\\G..)"));
                    List<String> t = sep.equals(":") ? List.of() : List.of(sep.isEmpty() ? "no-separators" : "dashes");
                    cases(f, v, joined, t);
                }
            }
            case OAID, GAID -> {
                cases(f, v, v, List.of());
                if (v.contains("-")) {
                    cases(f, v, v.replace("-", ""), List.of("no-separators"));
                }
            }
            case PHONE -> f.addAll(phoneForms(v));
            case EMAIL -> cases(f, v, v, List.of());
            default -> cases(f, v, v, List.of());
        }
        return f;
    }

    /** The text as given, then lower and upper case when they differ from it. */
    private static void cases(List<Form> f, String profileValue, String text, List<String> transforms) {
        f.add(new Form(text, transforms));
        String lower = text.toLowerCase(Locale.ROOT);
        String upper = text.toUpperCase(Locale.ROOT);
        if (!lower.equals(text)) {
            f.add(new Form(lower, plus(transforms, "lower")));
        }
        if (!upper.equals(text)) {
            f.add(new Form(upper, plus(transforms, "upper")));
        }
    }

    static List<Form> phoneForms(String v) {
        String digits = v.replaceAll("\\D", "");
        if (digits.startsWith("0086") && digits.length() == 15) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        List<Form> f = new ArrayList<>();
        f.add(new Form(digits, List.of()));
        for (String cc : new String[] {"+86", "86", "0086", "+86 ", "+86-"}) {
            f.add(new Form(cc + digits, List.of("country-code")));
        }
        if (digits.length() == 11) {
            String spaced = digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            f.add(new Form(spaced, List.of("spaces")));
            f.add(new Form(spaced.replace(' ', '-'), List.of("dashes")));
            f.add(new Form("+86 " + spaced, List.of("country-code", "spaces")));
        }
        return f;
    }

    private static List<String> plus(List<String> list, String step) {
        List<String> out = new ArrayList<>(list);
        out.add(step);
        return out;
    }

    private static byte[] digest(String name, byte[] bytes) {
        try {
            String algorithm = switch (name) {
                case "md5" -> "MD5";
                case "sha1" -> "SHA-1";
                default -> "SHA-256";
            };
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
