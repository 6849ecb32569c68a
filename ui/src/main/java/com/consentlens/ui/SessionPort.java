package com.consentlens.ui;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Sdk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Everything the window needs from a ConsentLens session, and nothing more: the app adapts its session store,
 * proxy and control API to this port, so the UI depends on {@code model} only.
 *
 * <p>A session is either <em>live</em> (the proxy is capturing; markers can be set) or reopened from disk
 * (read-only: {@link #mark} throws). Snapshots ({@link #findings()}, {@link #markers()}, …) are taken once when
 * the window opens; after that the port pushes changes through {@link SessionPortListener}, called from
 * background threads — the UI queues them and applies them in batches on the FX thread.
 *
 * <pre>{@code
 * UiLauncher.launch(port);   // blocks until the window closes
 * }</pre>
 */
public interface SessionPort {
    /** False for a session reopened from disk: the marker buttons are disabled. */
    boolean isLive();

    String sessionName();

    /** The proxy's current state; the window polls it about once a second. */
    ProxyStatus status();

    /** Findings at open time, ordered by id. */
    List<Finding> findings();

    List<Marker> markers();

    /** Every exchange including errors, blind spots and truncated bodies. */
    List<ExchangeSummary> exchanges();

    List<ProxyEvent> events();

    /** The full exchange for the detail pane; may read from disk, so the UI calls it off the FX thread. */
    Optional<Exchange> exchange(String flowId);

    /**
     * The layers the detectors went through from {@code exchange}'s raw bytes to {@code finding} (form,
     * base64, gzip, JSON…), for the detail pane's "Decoded" tab. It re-decodes the request, so the UI calls
     * it off the FX thread. Empty when the port cannot decode (the default).
     */
    default List<DecodedLayer> decodedLayers(Exchange exchange, Finding finding) {
        return List.of();
    }

    /**
     * The whole request decoded as a tree (URL, headers, cookies, body, and what each decodes to), for the
     * detail pane's "Structure" tab; called off the FX thread. Empty when the port cannot decode (the default).
     */
    default List<DecodedNode> decodedTree(Exchange exchange) {
        return List.of();
    }

    void addListener(SessionPortListener listener);

    /** Sets a marker now, as the control API does; throws IllegalStateException when {@code !isLive()}. */
    Marker mark(MarkerType type, String text);

    void moveMarker(long markerId, long newTimeMillis, String reason);

    Profile profile();

    /** Throws IllegalArgumentException whose message names the offending field. */
    void saveProfile(Profile profile);

    /**
     * {@code base} with what the phone attached over adb says (Android ID, serial, Wi-Fi MAC, installed apps).
     * Runs adb, so the UI calls it off the FX thread; throws IllegalStateException with a message for the
     * tester (no adb, no phone, several phones) — and always where the port cannot reach a phone (the default).
     */
    default Profile readPhone(Profile base) {
        throw new IllegalStateException("reading a phone over adb is not available in this session");
    }

    /** Reads a profile.json; throws IllegalArgumentException naming the field. */
    Profile importProfile(Path file);

    void exportProfile(Profile profile, Path file);

    List<String> sessionNames();

    /** A read-only port for a past session. */
    SessionPort openSession(String name);

    /** Writes the evidence package; reports progress and stops early when {@code cancelled} turns true. */
    void exportEvidence(Path zip, ExportProgressListener progress, BooleanSupplier cancelled) throws Exception;

    /** The SDK catalog, for the 双清单 view (declared against observed SDKs). */
    List<Sdk> sdkCatalog();
}
