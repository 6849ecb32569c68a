package com.consentlens.detectors;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the decoded trail of any finding must satisfy, whatever the request: it starts at the finding's wire
 * part, follows the finding's encoding steps, and ends at the finding's place (or, for a finding about a
 * group, at the layer that holds it); a literal match that ends in text is readable in one of its layers. Shared by the SDK
 * table's trail test and the fuzz test, so both hold the window's "Decoded" tab to the same promise.
 */
final class TrailChecks {
    private TrailChecks() {
    }

    static void assertTrailReaches(Exchange exchange, Finding f) {
        List<DecodedLayer> trail = DecodedTrail.of(exchange, f);
        String what = f.pii() + " at " + f.path() + " " + f.encoding();
        assertThat(trail).as(what).isNotEmpty();
        assertThat(trail.get(0).step()).as(what).isEqualTo(f.where().wireName());
        List<String> steps = trail.stream().skip(1).map(DecodedLayer::step).filter(s -> !s.isEmpty())
                .flatMap(s -> Stream.of(s.split("\\+"))).toList();
        assertThat(steps.size()).as(what).isLessThanOrEqualTo(f.encoding().size());
        assertThat(f.encoding().subList(0, steps.size())).as(what).isEqualTo(steps);
        DecodedLayer last = trail.get(trail.size() - 1);
        // an app list, a pair of sibling keys ($.a.{lat,lng}), a coordinate array ($.gps) or a cell's members
        // ($.cell.{lac,cid}) is a group
        boolean group = f.pii() == PiiType.APP_LIST || (f.pii() == PiiType.LOCATION && f.match() == MatchKind.NEAR
                || f.pii() == PiiType.CELL) && !f.path().isEmpty() && trail.stream().noneMatch(l -> l.path().equals(f.path()));
        if (group) {
            assertThat(f.path()).as(what).startsWith(last.path()); // the layer holding the group
        } else {
            assertThat(last.path()).as(what).isEqualTo(f.path());
            // the longest chain of value transforms a profile value's variant has (VariantGenerator): its
            // separators, its case, a digest, the digest without leading zeros, and that in upper case
            assertThat(f.encoding().size() - steps.size()).as(what + ": only value transforms are left")
                    .isLessThanOrEqualTo(5);
        }
        // a literal in bytes that are not text (a binary body, a JSON document broken by bytes that are not
        // UTF-8) is shown in the raw request, not in a decoded layer
        if (!group && f.match() != MatchKind.NEAR && last.text() != null) {
            String matched = f.matchedText().toLowerCase(Locale.ROOT);
            assertThat(trail).as(what)
                    .anyMatch(l -> l.text() != null && l.text().toLowerCase(Locale.ROOT).contains(matched));
        }
    }
}
