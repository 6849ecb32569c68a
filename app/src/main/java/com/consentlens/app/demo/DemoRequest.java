package com.consentlens.app.demo;

import com.consentlens.model.Header;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One request the simulated phone sends: which SDK (catalog id, or {@link #FIRST_PARTY} for the app's own
 * backend) sends it, in which {@link Stage}, and the exact bytes on the wire. {@code description} says in a
 * sentence what the real SDK does with this call, for the demo's log and for a tester reading the evidence.
 */
public record DemoRequest(String sdkId, Stage stage, String method, String url, List<Header> headers,
                          byte[] body, String description) {

    /** The {@code sdkId} of requests to the app's own hosts ({@code *.example-shop.com}). */
    public static final String FIRST_PARTY = "first_party";

    public DemoRequest {
        Objects.requireNonNull(sdkId, "sdkId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
        description = description == null ? "" : description;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String host() {
        return URI.create(url).getHost();
    }

    /** The first value of the named header (case-insensitive), or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value)
                .findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return stage + " " + sdkId + " " + method + " " + url + " (" + body.length + " bytes)";
    }
}
