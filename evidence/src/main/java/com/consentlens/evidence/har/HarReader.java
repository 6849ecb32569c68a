package com.consentlens.evidence.har;

import com.consentlens.model.Exchange;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the exchanges of a HAR 1.2 file (mitmproxy, Charles, HTTP Toolkit, Chrome, Firefox, or our own
 * {@code flows.har}) one entry at a time: Jackson's streaming parser walks to {@code log.entries} and only one
 * entry is a tree at any moment, so a 1 GB HAR does not have to fit in memory.
 *
 * <pre>{@code
 * try (Stream<Exchange> exchanges = HarReader.read(Path.of("capture.har"))) {
 *     exchanges.forEach(pipeline::accept);
 * }
 * }</pre>
 *
 * How each entry becomes an {@link Exchange} (bodies, the Content-Encoding of already decompressed bodies,
 * flow ids) is described on {@link HarEntryParser}. A malformed file fails with a {@link HarFormatException}
 * that names the file, the entry index and the field.
 */
public final class HarReader implements Iterator<Exchange>, AutoCloseable {
    /**
     * The name a {@code Content-Encoding} header is renamed to when the exporting tool already decoded the body
     * (browsers, mitmproxy, Charles): detectors then read the body as it is, and the evidence still shows what
     * the server declared. Bodies that still carry the declared coding keep their header.
     */
    public static final String DECODED_CONTENT_ENCODING_HEADER = "X-ConsentLens-Decoded-Content-Encoding";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final JsonParser parser;
    private int index = -1;
    private Boolean hasNext;

    private HarReader(Path har) {
        this.file = har.toString();
        try {
            this.parser = MAPPER.getFactory().createParser(har.toFile());
            seekEntries();
        } catch (IOException e) {
            throw new HarFormatException(file, -1, "", e.getMessage(), e);
        }
    }

    /** A lazily read stream of the file's exchanges; close it (try-with-resources) to close the file. */
    public static Stream<Exchange> read(Path har) {
        HarReader reader = open(har);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reader::close);
    }

    /** The same as {@link #read} as an iterator; close it when done. */
    public static HarReader open(Path har) {
        return new HarReader(har);
    }

    private void seekEntries() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new HarFormatException(file, -1, "", "not a HAR file: it does not start with a JSON object", null);
        }
        if (!seekField("log", JsonToken.START_OBJECT) || !seekField("entries", JsonToken.START_ARRAY)) {
            throw new HarFormatException(file, -1, "log.entries", "missing", null);
        }
    }

    /** Skips fields of the current object until {@code name}, leaving the parser on its value. */
    private boolean seekField(String name, JsonToken expected) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals(name)) {
                if (value != expected) {
                    throw new HarFormatException(file, -1, name, "expected " + expected + " but found " + value, null);
                }
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        if (hasNext == null) {
            try {
                JsonToken t = parser.nextToken();
                hasNext = t == JsonToken.START_OBJECT;
                if (t != JsonToken.START_OBJECT && t != JsonToken.END_ARRAY) {
                    throw new HarFormatException(file, index + 1, "", "an entry must be a JSON object, found " + t, null);
                }
            } catch (IOException e) {
                throw new HarFormatException(file, index + 1, "", e.getMessage(), e);
            }
        }
        return hasNext;
    }

    @Override
    public Exchange next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasNext = null;
        index++;
        JsonNode entry;
        try {
            entry = MAPPER.readTree(parser);
        } catch (IOException e) {
            throw new HarFormatException(file, index, "", e.getMessage(), e);
        }
        return new HarEntryParser(file, index).parse(entry);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
