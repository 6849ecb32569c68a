package com.consentlens.detectors;

import com.consentlens.detectors.sdk.HostMatcher;
import com.consentlens.model.Sdk;
import com.consentlens.model.SdkAttribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDK catalog: which third-party SDK a destination host belongs to. Loaded from
 * {@code sdk-catalog.tsv} (173 SDKs, 680 host patterns, a source for every row: see
 * {@code sdk-catalog-notes.md} beside it). Attribution is by the longest matching host pattern, so a
 * specific host ({@code msg.umengcloud.com} → Umeng Push) beats its vendor's suffix ({@code *.umengcloud.com}
 * → Umeng Analytics). A pattern that several SDKs share ({@code graph.facebook.com}) yields a vendor-level
 * attribution with {@code ambiguous = true}, because the host alone cannot tell those SDKs apart.
 *
 * <pre>{@code
 * SdkCatalog catalog = SdkCatalog.loadDefault();
 * catalog.attribute("ulogs.umeng.com");   // Optional[SdkAttribution[id=umeng_analytics, …]]
 * }</pre>
 * Immutable and thread-safe once loaded.
 */
public final class SdkCatalog {
    static final String RESOURCE = "sdk-catalog.tsv";
    private static final String[] HEADER = {"sdk_id", "name_en", "name_zh", "vendor", "category",
            "host_patterns", "id_fields", "source", "privacy_url"};

    private final Map<String, Sdk> byId;
    private final List<Sdk> ordered;
    private final HostMatcher<String> hosts = new HostMatcher<>();

    private SdkCatalog(List<Sdk> sdks) {
        Map<String, Sdk> map = new LinkedHashMap<>();
        for (Sdk sdk : sdks) {
            if (map.put(sdk.id(), sdk) != null) {
                throw new IllegalArgumentException("duplicate sdk_id " + sdk.id());
            }
            sdk.hostPatterns().forEach(p -> hosts.add(p, sdk.id()));
        }
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** The catalog shipped with ConsentLens (the classpath resource beside this class). */
    public static SdkCatalog loadDefault() {
        try (InputStream in = SdkCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalog in the TSV format described in {@code sdk-catalog-notes.md}. */
    public static SdkCatalog load(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null || !Arrays.equals(header.split("\t", -1), HEADER)) {
            throw new IllegalArgumentException("not an SDK catalog header: " + header);
        }
        List<Sdk> sdks = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != HEADER.length) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 9 columns, got " + f.length);
            }
            List<String> sources = list(f[7], " ; ");
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("line " + lineNo + ": row without a source: " + f[0]);
            }
            sdks.add(new Sdk(f[0], f[1], f[2], f[3], list(f[4], "\\|"), list(f[5], ","), list(f[6], ","),
                    sources, f[8]));
        }
        return new SdkCatalog(sdks);
    }

    private static List<String> list(String field, String separatorRegex) {
        return Arrays.stream(field.split(separatorRegex)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public List<Sdk> all() {
        return ordered;
    }

    public Optional<Sdk> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The SDK behind {@code host}: the longest pattern wins; a shared pattern gives a vendor-level answer. */
    public Optional<SdkAttribution> attribute(String host) {
        Optional<SdkAttribution> known = attributions.get(host);
        if (known != null) {
            return known;
        }
        Optional<SdkAttribution> found = match(host);
        if (attributions.size() < MAX_REMEMBERED) {
            attributions.putIfAbsent(host, found);
        }
        return found;
    }

    /** Attributions by host, remembered: a session talks to a few dozen hosts, every request looks one up. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<SdkAttribution>> attributions =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Host names come from the phone's traffic: past this many, attributions are computed, not remembered. */
    private static final int MAX_REMEMBERED = 10_000;

    private Optional<SdkAttribution> match(String host) {
        Set<String> ids = hosts.match(host);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Sdk> sdks = ids.stream().map(byId::get).toList();
        if (sdks.size() == 1) {
            return Optional.of(SdkAttribution.of(sdks.get(0)));
        }
        String vendor = sdks.stream().map(Sdk::vendor).distinct().collect(Collectors.joining(" / "));
        String names = sdks.stream().map(Sdk::nameEn).collect(Collectors.joining(" | "));
        String namesZh = sdks.stream().map(Sdk::displayNameZh).collect(Collectors.joining(" | "));
        return Optional.of(new SdkAttribution("vendor:" + vendor, vendor + " (one of: " + names + ")",
                vendor + "（其一：" + namesZh + "）", vendor, true));
    }
}
