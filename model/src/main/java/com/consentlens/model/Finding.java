package com.consentlens.model;

import java.util.List;
import java.util.Objects;

/**
 * One leak: a piece of the phone's personal data found in one request, with where it was, how it was
 * encoded, who received it and — once the session's markers are applied — the phase and the MIIT rules it
 * breaks. This is the record behind each line of {@code findings.jsonl} (design.md §4).
 *
 * <p>{@code value} is the unmasked value the detector recognised (the profile value for {@code exact}
 * matches); outputs mask it with {@link ValueMasker} unless asked not to. {@code matchedText} is the text as
 * it literally appeared in the decoded view (for example the MD5 hex of an IMEI), so a viewer can highlight
 * it. {@code encoding} lists the decoding steps outermost first, ending with the value transform.
 *
 * <p>{@code id} is 0 until the store assigns one; {@code phase} is null and {@code violations} empty until
 * the rule engine has run.
 */
public record Finding(
        long id,
        long timeMillis,
        String flowId,
        String client,
        String method,
        String url,
        String host,
        Party party,
        SdkAttribution sdk,
        PiiType pii,
        MatchKind match,
        String value,
        Where where,
        String path,
        List<String> encoding,
        String matchedText,
        Phase phase,
        List<Violation> violations) {

    public Finding {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(pii, "pii");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(party, "party");
        client = client == null ? "" : client;
        method = method == null ? "" : method;
        url = url == null ? "" : url;
        host = host == null ? "" : host;
        value = value == null ? "" : value;
        path = path == null ? "" : path;
        matchedText = matchedText == null ? value : matchedText;
        encoding = encoding == null ? List.of() : List.copyOf(encoding);
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public Finding withId(long newId) {
        return new Finding(newId, timeMillis, flowId, client, method, url, host, party, sdk, pii, match, value,
                where, path, encoding, matchedText, phase, violations);
    }

    /** The same finding with its verdict (phase and violations) replaced. */
    public Finding withVerdict(Phase newPhase, List<Violation> newViolations) {
        return new Finding(id, timeMillis, flowId, client, method, url, host, party, sdk, pii, match, value,
                where, path, encoding, matchedText, newPhase, newViolations);
    }

    public String maskedValue() {
        return ValueMasker.mask(pii, value);
    }

    /** True when the receiver is not the app itself: the precondition of 私自共享给第三方. */
    public boolean isThirdParty() {
        return party == Party.THIRD;
    }
}
