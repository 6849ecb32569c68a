package com.consentlens.evidence.har;

/**
 * A HAR file that cannot be read, with where: the file, the entry's index (0-based, -1 outside
 * {@code log.entries}) and the field, so that a tester can open the file at the right place.
 */
public class HarFormatException extends RuntimeException {
    private final String file;
    private final int entryIndex;
    private final String field;

    public HarFormatException(String file, int entryIndex, String field, String problem, Throwable cause) {
        super(file + (entryIndex >= 0 ? ": entry " + entryIndex : "") + (field.isEmpty() ? "" : ", field " + field)
                + ": " + problem, cause);
        this.file = file;
        this.entryIndex = entryIndex;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int entryIndex() {
        return entryIndex;
    }

    public String field() {
        return field;
    }
}
