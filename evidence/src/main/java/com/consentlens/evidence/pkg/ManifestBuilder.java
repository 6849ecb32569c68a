package com.consentlens.evidence.pkg;

import com.consentlens.model.Marker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * Builds {@code manifest.json}: {@code "signed"} holds the facts (tool version, session, markers, profile
 * digest, CA fingerprint, every file's SHA-256 and size, the findings chain head and count) and
 * {@code "signature"} the Ed25519 signature over the canonical form of {@code "signed"} plus the public key
 * that checks it and its fingerprint.
 */
final class ManifestBuilder {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode signed = MAPPER.createObjectNode();
    private final ObjectNode files;
    private final ExportOptions opts;
    private final long exportedAt = System.currentTimeMillis();

    ManifestBuilder(EvidenceSource src, ExportOptions opts) {
        this.opts = opts;
        signed.put("format", PackageLayout.FORMAT);
        signed.put("toolVersion", src.toolVersion());
        signed.put("exportedAt", TimelineExport.time(exportedAt));
        ObjectNode session = signed.putObject("session");
        session.put("name", src.sessionName());
        session.put("start", TimelineExport.time(src.sessionStartMillis()));
        session.put("end", TimelineExport.time(src.sessionEndMillis()));
        ArrayNode markers = signed.putArray("markers");
        for (Marker m : src.markers()) {
            markers.addObject().put("id", m.id()).put("type", m.type().wireName())
                    .put("time", TimelineExport.time(m.timeMillis())).put("text", m.text());
        }
        signed.put("caFingerprint", src.caFingerprint() == null ? "" : src.caFingerprint());
        signed.put("valuesMasked", !opts.unmask());
        files = signed.putObject("files");
    }

    ObjectNode files() {
        return files;
    }

    long exportedAt() {
        return exportedAt;
    }

    ManifestBuilder findings(FindingChain chain, String profileSha) {
        signed.put("profileDigest", profileSha);
        signed.putObject("findings").put("file", PackageLayout.FINDINGS).put("count", chain.count())
                .put("chainHead", chain.head()).put("chainFile", PackageLayout.CHAIN)
                .put("chainRule", PackageLayout.CHAIN_RULE);
        return this;
    }

    ManifestBuilder flows(long count) {
        signed.putObject("flows").put("file", PackageLayout.FLOWS).put("count", count)
                .put("allFlows", opts.allFlows());
        return this;
    }

    /** The whole manifest, pretty-printed, with the signature computed now. */
    byte[] signedBytes() throws java.io.IOException {
        SigningKey key = opts.signingKey();
        ObjectNode root = MAPPER.createObjectNode();
        root.set("signed", signed);
        ObjectNode sig = root.putObject("signature");
        sig.put("algorithm", SigningKey.ALGORITHM);
        sig.put("signs", PackageLayout.SIGNED_BYTES);
        sig.put("publicKey", Base64.getEncoder().encodeToString(key.publicKeyDer()));
        sig.put("keyFingerprint", key.fingerprint());
        sig.put("value", Base64.getEncoder().encodeToString(key.sign(CanonicalJson.bytes(signed))));
        return MAPPER.writeValueAsBytes(root);
    }
}
