package com.consentlens.model;

import java.util.Objects;

/** One HTTP header line, kept as received (name case preserved). */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
