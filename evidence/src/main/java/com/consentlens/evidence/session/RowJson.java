package com.consentlens.evidence.session;

import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.consentlens.model.TlsInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The small JSON columns of the store: header lists as {@code [[name, value], …]} (order and duplicates
 * kept, as evidence needs), string lists, and the TLS facts. Internal to the store's schema.
 */
final class RowJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RowJson() {
    }

    static String headers(Headers headers) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Header h : headers.lines()) {
            array.addArray().add(h.name()).add(h.value());
        }
        return array.toString();
    }

    static Headers headers(String json) {
        List<Header> lines = new ArrayList<>();
        for (JsonNode pair : tree(json)) {
            lines.add(new Header(pair.get(0).asText(), pair.get(1).asText()));
        }
        return Headers.of(lines);
    }

    static String strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        tree(json).forEach(n -> values.add(n.asText()));
        return values;
    }

    static String tls(TlsInfo tls) {
        if (tls == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("clientProtocol", tls.clientProtocol()).put("clientCipherSuite", tls.clientCipherSuite())
                .put("sni", tls.sni()).put("alpn", tls.alpn()).put("upstreamProtocol", tls.upstreamProtocol())
                .put("upstreamVerified", tls.upstreamVerified());
        return o.toString();
    }

    static TlsInfo tls(String json) {
        if (json == null) {
            return null;
        }
        JsonNode o = tree(json);
        return new TlsInfo(text(o, "clientProtocol"), text(o, "clientCipherSuite"), text(o, "sni"),
                text(o, "alpn"), text(o, "upstreamProtocol"), o.path("upstreamVerified").asBoolean());
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? MAPPER.createArrayNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column in session store: " + e.getOriginalMessage(), e);
        }
    }
}
