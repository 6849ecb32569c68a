package com.consentlens.detectors;

import com.consentlens.detectors.decode.DecodeContext;
import com.consentlens.detectors.decode.ExchangeViews;
import com.consentlens.detectors.decode.LeafInterest;
import com.consentlens.detectors.decode.Value;
import com.consentlens.detectors.decode.View;
import com.consentlens.detectors.decode.ViewWalker;
import com.consentlens.detectors.match.AppListDetector;
import com.consentlens.detectors.match.CellTowerDetector;
import com.consentlens.detectors.match.Detector;
import com.consentlens.detectors.match.ExactDetector;
import com.consentlens.detectors.match.Hit;
import com.consentlens.detectors.match.LocationDetector;
import com.consentlens.detectors.match.PatternDetector;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Where;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the phone's personal data in one request, however it was encoded, and says who received it. The
 * request's URL, headers, cookies and body are decoded recursively into views ({@link ViewWalker}: form →
 * base64 → gzip → JSON → …, within {@link DetectionLimits}); each view is searched for the profile's values
 * and all their variants ({@code exact}), for identifier shapes ({@code pattern}), for the phone's location
 * ({@code near}) and for installed-app lists. Each finding is attributed to an SDK by host via the
 * {@link SdkCatalog}, and is {@code first}-party when the host is one of the app's own.
 *
 * <pre>{@code
 * DetectionEngine engine = new DetectionEngine(profile, SdkCatalog.loadDefault());
 * DetectionResult r = engine.detect(exchange);   // from any number of worker threads
 * r.findings().forEach(store::add);
 * if (!r.limitsHit().isEmpty()) events.decodeLimit(exchange, r.limitsHit());
 * }</pre>
 *
 * Immutable after construction and thread-safe: all per-exchange state lives in the {@code detect} call.
 */
public final class DetectionEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionEngine.class);

    private final Profile profile;
    private final SdkCatalog catalog;
    private final DetectionLimits limits;
    private final ViewWalker walker = ViewWalker.standard();
    /*
     * The five detectors, called through their own (final) types on the per-leaf paths: a loop over a
     * List<Detector> there was a megamorphic interface call per leaf and detector. The list serves the rest.
     */
    private final ExactDetector exact;
    private final PatternDetector pattern;
    private final LocationDetector location;
    private final AppListDetector appList;
    private final CellTowerDetector cellTower;
    private final List<Detector> detectors;
    /** From this length some detector wants every leaf ({@link Detector#wantsEveryLeafFrom}). */
    private final int everyLeafFrom;

    public DetectionEngine(Profile profile, SdkCatalog catalog) {
        this(profile, catalog, DetectionLimits.DEFAULT);
    }

    public DetectionEngine(Profile profile, SdkCatalog catalog, DetectionLimits limits) {
        this.profile = profile == null ? Profile.EMPTY : profile;
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.exact = new ExactDetector(this.profile.device());
        this.pattern = new PatternDetector();
        this.location = new LocationDetector(this.profile.device().location());
        this.appList = new AppListDetector(this.profile.device().installedApps());
        this.cellTower = new CellTowerDetector();
        this.detectors = List.of(exact, pattern, location, appList, cellTower);
        this.everyLeafFrom = detectors.stream().mapToInt(Detector::wantsEveryLeafFrom).min().orElse(0);
    }

    /** How many literal variants the exact matcher searches for (all profile values, all forms). */
    public int patternCount() {
        return exact.patternCount();
    }

    public DetectionResult detect(Exchange exchange) {
        return detect(exchange, new RequestInterest());
    }

    /**
     * Which document leaves the detectors may use, asked for each leaf of one request. What the four group
     * detectors need to know of a field name is worked out once per distinct name (names come as shared
     * instances from the JSON scanner's name cache, so the lookup is an identity check).
     */
    private final class RequestInterest implements LeafInterest {
        private static final int SLOTS = 64;
        private final String[] names = new String[SLOTS];
        private final int[] facts = new int[SLOTS];

        @Override
        public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
            return to - from >= everyLeafFrom || exact.wantsLeaf(key, bytes, from, to, dots)
                    || pattern.wantsLeaf(key, bytes, from, to, dots) || location.wantsLeaf(key, bytes, from, to, dots)
                    || appList.wantsLeaf(key, bytes, from, to, dots);
        }

        @Override
        public boolean wantsInGroup(String key, byte[] bytes, int from, int to, int dots) {
            // Only these four have a group(); the exact matcher wants nothing there.
            int f = facts(key);
            return location.wantsInGroup(f & 0xFF, bytes, from, to, dots)
                    || appList.wantsInGroup(f >>> 8 & 0xFF, bytes, from, to, dots)
                    || pattern.wantsInGroup(f >>> 16 & 0xFF, bytes, from, to, dots)
                    || cellTower.wantsInGroup(f >>> 24, bytes, from, to, dots);
        }

        private int facts(String key) {
            int slot = key.hashCode() & (SLOTS - 1);
            if (names[slot] == key) {
                return facts[slot];
            }
            int f = location.groupKeyFacts(key) & 0xFF | (appList.groupKeyFacts(key) & 0xFF) << 8
                    | (pattern.groupKeyFacts(key) & 0xFF) << 16 | (cellTower.groupKeyFacts(key) & 0xFF) << 24;
            names[slot] = key;
            facts[slot] = f;
            return f;
        }
    }

    /** {@link #detect} with every document leaf made a view: the reference the leaf filter is tested against. */
    DetectionResult detectEveryLeaf(Exchange exchange) {
        return detect(exchange, LeafInterest.ALL);
    }

    private DetectionResult detect(Exchange exchange, LeafInterest interest) {
        DecodeContext context = new DecodeContext(limits, interest);
        List<Hit> hits = new ArrayList<>();
        Consumer<Hit> sink = hits::add;
        walker.walk(ExchangeViews.of(exchange), context, new ViewWalker.Sink() {
            @Override
            public void leaf(Value value) {
                try {
                    exact.leaf(value, sink);
                } catch (RuntimeException e) {
                    failed(context, exact, value.view(), e);
                }
                try {
                    pattern.leaf(value, sink);
                } catch (RuntimeException e) {
                    failed(context, pattern, value.view(), e);
                }
                try {
                    location.leaf(value, sink);
                } catch (RuntimeException e) {
                    failed(context, location, value.view(), e);
                }
                try {
                    appList.leaf(value, sink);
                } catch (RuntimeException e) {
                    failed(context, appList, value.view(), e);
                }
            }

            @Override
            public void group(View parent, List<View> children) {
                for (Detector d : detectors) {
                    try {
                        d.group(parent, children, sink);
                    } catch (RuntimeException e) {
                        failed(context, d, parent, e);
                    }
                }
            }
        });
        return new DetectionResult(findings(exchange, hits), context.limitsHit(), context.faults());
    }

    /** A detector that throws is a bug to log, never a reason to lose the other detectors' findings. */
    private static void failed(DecodeContext context, Detector d, View view, RuntimeException e) {
        LOG.warn("detector {} failed on {}", d.getClass().getSimpleName(), view, e);
        context.fault(d.getClass().getSimpleName(), e);
    }

    private List<Finding> findings(Exchange exchange, List<Hit> hits) {
        // A pattern hit on a value the profile also matched exactly is the same leak: the exact one is kept.
        boolean anyPattern = false;
        for (Hit h : hits) {
            anyPattern |= h.match() == MatchKind.PATTERN;
        }
        Set<String> exactRaw = new HashSet<>();
        for (int i = 0; anyPattern && i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.match() == MatchKind.EXACT) {
                exactRaw.add(h.value());
                exactRaw.add(h.matchedText());
            }
        }
        Set<String> exactValues = new HashSet<>();
        for (String raw : exactRaw) {
            exactValues.add(normalize(raw)); // once per distinct string: a batch repeats the same few values
        }
        String host = exchange.host();
        Party party = profile.app().partyOf(host);
        SdkAttribution sdk = host.isEmpty() ? null : catalog.attribute(host).orElse(null);
        Map<FindingKey, Finding> unique = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (h.match() == MatchKind.PATTERN && !exactValues.isEmpty() && (exactValues.contains(normalize(h.value()))
                    || exactValues.contains(normalize(h.matchedText())))) {
                continue;
            }
            FindingKey key = new FindingKey(h.pii(), h.value(), h.view().where(), h.effectivePath());
            if (unique.containsKey(key)) {
                continue;
            }
            List<String> encoding = new ArrayList<>(h.view().encoding());
            encoding.addAll(h.transforms());
            unique.put(key, new Finding(0, exchange.startMillis(), exchange.flowId(), exchange.client(),
                    exchange.method(), exchange.url(), host, party, sdk, h.pii(), h.match(), h.value(),
                    h.view().where(), h.effectivePath(), encoding, h.matchedText(), null, List.of()));
        }
        return List.copyOf(unique.values());
    }

    /** One finding per data type, value and place: the first hit there (in walk order) is the one kept. */
    private record FindingKey(PiiType pii, String value, Where where, String path) {
        // Written out: the generated record methods go through method handles, a measurable cost per hit.
        @Override
        public boolean equals(Object o) {
            return o instanceof FindingKey k && pii == k.pii && where == k.where && Objects.equals(value, k.value)
                    && Objects.equals(path, k.path);
        }

        @Override
        public int hashCode() {
            return ((pii.hashCode() * 31 + Objects.hashCode(value)) * 31 + where.hashCode()) * 31 + Objects.hashCode(path);
        }
    }

    /** Lower-case ASCII letters and digits only, so {@code AC:37:43…} and {@code ac3743…} compare equal. */
    private static String normalize(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                c = Character.toLowerCase(c); // a few non-ASCII letters lower-case to ASCII (K, İ)
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
