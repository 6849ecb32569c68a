package com.consentlens.app.session;

import com.consentlens.app.UsageException;
import com.consentlens.evidence.json.FindingJson;
import com.consentlens.evidence.session.SessionListener;
import com.consentlens.model.Finding;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Appends every committed finding to a JSON-lines file (design.md §4), flushed per batch so a reader tailing
 * the file sees findings as the UI does. Values are masked, as everywhere outside the evidence package.
 */
public final class JsonlFindingWriter implements SessionListener, Closeable {
    private final BufferedWriter out;

    private JsonlFindingWriter(BufferedWriter out) {
        this.out = out;
    }

    public static JsonlFindingWriter open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new JsonlFindingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UsageException("cannot write findings to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void onFindings(List<Finding> findings) {
        try {
            for (Finding f : findings) {
                out.write(FindingJson.toJson(f, false));
                out.newLine();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
