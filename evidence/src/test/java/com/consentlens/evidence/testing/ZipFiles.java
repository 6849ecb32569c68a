package com.consentlens.evidence.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads a zip into memory and writes an edited copy: how a person would tamper with a package. */
public final class ZipFiles {
    private ZipFiles() {
    }

    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                files.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return files;
    }

    public static Path write(Path zip, Map<String, byte[]> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    /** A copy of {@code zip} with the whole file map edited. */
    public static Path edit(Path zip, Path target, UnaryOperator<Map<String, byte[]>> edit) throws IOException {
        return write(target, edit.apply(read(zip)));
    }
}
