package com.consentlens.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where ConsentLens keeps its state (design.md §7): {@code --data-dir}, else {@code CONSENTLENS_HOME}, else
 * {@code ~/.consentlens}. Holds {@code ca/} (the per-install CA, key 0600), {@code sessions/<name>/},
 * {@code signing/}, {@code control.token} and {@code control.endpoint}.
 */
public record DataDirectory(Path root) {

    public static DataDirectory resolve(Path option) {
        Path root;
        if (option != null) {
            root = option;
        } else if (System.getenv("CONSENTLENS_HOME") != null && !System.getenv("CONSENTLENS_HOME").isBlank()) {
            root = Path.of(System.getenv("CONSENTLENS_HOME"));
        } else {
            root = Path.of(System.getProperty("user.home"), ".consentlens");
        }
        return new DataDirectory(root.toAbsolutePath().normalize());
    }

    /** Creates the directory if needed and proves it writable; a UsageException (exit 2) otherwise. */
    public DataDirectory ensureWritable() {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-test", ".tmp");
            Files.delete(probe);
            return this;
        } catch (IOException | SecurityException e) {
            throw new UsageException("data directory " + root + " is not writable: " + describe(e));
        }
    }

    public Path caDir() {
        return root.resolve("ca");
    }

    public Path signingDir() {
        return root.resolve("signing");
    }

    public Path controlTokenFile() {
        return root.resolve("control.token");
    }

    public Path controlEndpointFile() {
        return root.resolve("control.endpoint");
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
    }
}
