package com.consentlens.app.control;

import com.consentlens.app.DataDirectory;
import com.consentlens.app.UsageException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

/** Talks to a running session's control API, found through {@code control.endpoint} in the data directory. */
public final class ControlClient {
    private final String baseUrl;
    private final ControlToken token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .proxy(HttpClient.Builder.NO_PROXY).build();

    public ControlClient(String baseUrl, ControlToken token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    public static ControlClient forDataDirectory(DataDirectory data) {
        if (!Files.exists(data.controlEndpointFile())) {
            throw new UsageException("no running ConsentLens session found in " + data.root()
                    + " (start one with: consentlens run)");
        }
        try {
            String url = Files.readString(data.controlEndpointFile()).trim();
            return new ControlClient(url, ControlToken.load(data.controlTokenFile()));
        } catch (IOException e) {
            throw new UsageException("cannot read " + data.controlEndpointFile() + ": " + e.getMessage(), e);
        }
    }

    /** POSTs JSON and returns the response body; a non-2xx answer is a UsageException with its text. */
    public String post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token.value())
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new UsageException("control API answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (ConnectException e) {
            throw new UsageException("no ConsentLens session answers at " + baseUrl + " (is `consentlens run` still running?)");
        } catch (IOException e) {
            throw new UsageException("control API at " + baseUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
    }
}
