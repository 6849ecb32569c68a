package com.consentlens.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, ordered list of HTTP headers. Order and duplicates are kept because evidence must show the
 * request as the phone sent it; look-ups by name are case-insensitive, as HTTP says.
 */
public final class Headers {
    public static final Headers EMPTY = new Headers(List.of());

    private final List<Header> lines;

    private Headers(List<Header> lines) {
        this.lines = List.copyOf(lines);
    }

    public static Headers of(List<Header> lines) {
        return lines.isEmpty() ? EMPTY : new Headers(lines);
    }

    /** Convenience for tests and fixtures: {@code Headers.of("Content-Type", "text/plain", "Host", "a")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        List<Header> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return of(list);
    }

    public List<Header> lines() {
        return lines;
    }

    /** The first value of the named header, if any. */
    public Optional<String> first(String name) {
        for (Header h : lines) {
            if (h.name().equalsIgnoreCase(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /** Every value of the named header, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Header h : lines) {
            if (h.name().equalsIgnoreCase(name)) {
                values.add(h.value());
            }
        }
        return values;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int size() {
        return lines.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
