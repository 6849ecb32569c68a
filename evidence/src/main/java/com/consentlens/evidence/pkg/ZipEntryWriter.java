package com.consentlens.evidence.pkg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one zip entry through a digesting stream and records its SHA-256 and size in the manifest's
 * {@code files} object, so that every byte is hashed as it is written and never read back.
 */
final class ZipEntryWriter {
    interface Body {
        void writeTo(Digests.DigestingOutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final ObjectNode files;
    private final long time;

    ZipEntryWriter(ZipOutputStream zip, ObjectNode files, long time) {
        this.zip = zip;
        this.files = files;
        this.time = time;
    }

    String write(String name, Body body) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        Digests.DigestingOutputStream out = new Digests.DigestingOutputStream(zip);
        body.writeTo(out);
        out.flush();
        zip.closeEntry();
        String sha = out.hexDigest();
        if (files != null) {
            ObjectNode f = files.putObject(name);
            f.put("sha256", sha);
            f.put("size", out.count());
        }
        return sha;
    }
}
