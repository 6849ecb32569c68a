package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Markers given on the command line for offline analysis: {@code --consent-at TIME} and {@code --markers FILE}. */
final class MarkerInput {
    private MarkerInput() {
    }

    static List<Marker> collect(String consentAt, Path markersFile) {
        List<Marker> markers = new ArrayList<>();
        if (consentAt != null) {
            markers.add(new Marker(0, MarkerType.CONSENT, parseTime(consentAt, "--consent-at"), "--consent-at"));
        }
        if (markersFile != null) {
            markers.addAll(readFile(markersFile));
        }
        markers.sort(Comparator.comparingLong(Marker::timeMillis));
        return markers;
    }

    /** Epoch milliseconds, an ISO instant or offset date-time, or a local date-time in this machine's zone. */
    static long parseTime(String text, String what) {
        String t = text.trim();
        if (t.matches("\\d{10,}")) {
            return Long.parseLong(t);
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new UsageException(what + " '" + text + "' is not a time (use 2026-11-23T07:41:02Z, a local "
                    + "2026-11-23T15:41:02, or epoch milliseconds)");
        }
    }

    private static List<Marker> readFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException("--markers " + file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        if (root == null || !root.isArray()) {
            throw new UsageException("--markers " + file + ": expected a JSON array of {\"type\":…,\"time\":…}");
        }
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            String where = "--markers " + file + " [" + i + "]";
            if (!m.hasNonNull("type") || !m.hasNonNull("time")) {
                throw new UsageException(where + ": needs \"type\" and \"time\"");
            }
            MarkerType type;
            try {
                type = MarkerType.fromWireName(m.get("type").asText());
            } catch (IllegalArgumentException e) {
                throw new UsageException(where + ": " + e.getMessage());
            }
            long time = m.get("time").isNumber() ? m.get("time").asLong() : parseTime(m.get("time").asText(), where);
            markers.add(new Marker(0, type, time, m.path("text").asText("")));
        }
        return markers;
    }
}
