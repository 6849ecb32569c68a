package com.consentlens.detectors.decode;

/**
 * A value the leaf detectors scan: a {@link View}, or a leaf of a JSON document read in place
 * ({@link DocumentLeaves}), which becomes a view only when a detector reports on it ({@link #view()}).
 * The bytes are {@code array()[offset(), offset() + length())}; never modify them.
 */
public interface Value {
    byte[] array();

    int offset();

    int length();

    /** The nearest field name the value sits under (see {@link View#key()}). */
    String key();

    /** Valid UTF-8 without control characters other than tab, CR and LF (see {@link View#isText()}). */
    boolean isText();

    String text();

    /** The number of {@code '.'} bytes, capped at 255. */
    int dotCount();

    /** The longest run of ASCII letters and digits, capped at 63. */
    int longestAlnumRun();

    /** The number of {@code ':'} and {@code '-'} bytes, capped at 255. */
    int colonOrDashCount();

    /** True when a control byte (other than tab, CR, LF) is among the bytes: binary, never text. */
    boolean hasControlByte();

    /** The value as a view, with its path and encoding: made on first call for a document leaf. */
    View view();
}
