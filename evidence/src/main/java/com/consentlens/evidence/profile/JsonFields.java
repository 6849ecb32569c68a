package com.consentlens.evidence.profile;

import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One JSON object of the profile, checked against the keys it may have, with typed getters whose errors
 * name the full path of the field. Keeps {@link ProfileReader} about the profile's shape, not about JSON.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Checks that {@code node} is an object with only {@code allowed} keys ({@code path} "profile" = root). */
    static JsonFields object(JsonNode node, String path, String... allowed) throws ProfileException {
        String prefix = path.equals("profile") ? "" : path;
        if (node == null || !node.isObject()) {
            throw new ProfileException((prefix.isEmpty() ? "profile" : prefix) + ": must be an object, not "
                    + kind(node));
        }
        Set<String> keys = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new ProfileException(join(prefix, key) + ": unknown key (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
        return new JsonFields(node, prefix);
    }

    /** The child node, or null when absent or JSON null. */
    JsonNode get(String key) {
        JsonNode child = node.get(key);
        return child == null || child.isNull() ? null : child;
    }

    String string(String key) throws ProfileException {
        JsonNode child = get(key);
        if (child == null) {
            return "";
        }
        if (!child.isTextual()) {
            throw new ProfileException(join(path, key) + ": must be a string, not " + kind(child));
        }
        return child.textValue();
    }

    double number(String key, Double fallback) throws ProfileException {
        JsonNode child = get(key);
        if (child == null) {
            if (fallback == null) {
                throw new ProfileException(join(path, key) + ": is required");
            }
            return fallback;
        }
        if (!child.isNumber()) {
            throw new ProfileException(join(path, key) + ": must be a number, not " + kind(child));
        }
        return child.doubleValue();
    }

    /** A list of non-empty strings; with a {@code type}, each must have that identifier's shape. */
    List<String> strings(String key, PiiType type) throws ProfileException {
        JsonNode child = get(key);
        if (child == null) {
            return List.of();
        }
        String where = join(path, key);
        if (!child.isArray()) {
            throw new ProfileException(where + ": must be a list of strings, not " + kind(child));
        }
        List<String> values = new ArrayList<>(child.size());
        for (int i = 0; i < child.size(); i++) {
            JsonNode item = child.get(i);
            if (!item.isTextual()) {
                throw new ProfileException(where + "[" + i + "]: must be a string, not " + kind(item));
            }
            String value = item.textValue().trim();
            String problem = type == null ? (value.isEmpty() ? "must not be empty" : null)
                    : IdentifierFormats.problemWith(type, value);
            if (problem != null) {
                throw new ProfileException(where + "[" + i + "]: " + problem + " (got \"" + item.textValue() + "\")");
            }
            values.add(value);
        }
        return values;
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isArray() ? "a list" : "an object";
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
