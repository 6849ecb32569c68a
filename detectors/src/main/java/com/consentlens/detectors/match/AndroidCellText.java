package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.View;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells in Android's own text for them, for the {@link CellTowerDetector}: an SDK that uploads
 * {@code String.valueOf(telephonyManager.getAllCellInfo())} sends AOSP's {@code toString()} of each cell
 * identity, {@code CellIdentityLte:{ mCi=123456789 mPci=301 mTac=6188 … mMcc=460 mMnc=00 …}},
 * {@code CellIdentityGsm:{ mLac=4513 mCid=22093311 …}} (and the same for WCDMA and TD-SCDMA),
 * {@code CellIdentityNr:{ mPci = 1 mTac = 1234567 … mNci = 12884901890 …}} and
 * {@code CellIdentityCdma:{ mNetworkId=1 mSystemId=13824 mBasestationId=4371 …}}. Each identity's fields are
 * read up to the next one; Android's unknowns ({@code 2147483647}) are dropped by the detector's ranges.
 */
final class AndroidCellText {
    private static final String MARK = "CellIdentity";
    private static final Pattern FIELD = Pattern.compile("\\bm([A-Z][A-Za-z]*)\\s?=\\s?(\\d{1,11})\\b");

    private AndroidCellText() {
    }

    static void find(String text, View view, Consumer<Hit> hits) {
        int at = text.indexOf(MARK);
        while (at >= 0) {
            int next = text.indexOf(MARK, at + MARK.length());
            identity(text.substring(at, next < 0 ? text.length() : next), view, hits);
            at = next;
        }
    }

    private static void identity(String block, View view, Consumer<Hit> hits) {
        Map<String, Long> fields = new HashMap<>();
        Matcher m = FIELD.matcher(block);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
        }
        long area = first(fields, "Lac", "Tac");
        long cell = first(fields, "Cid", "Ci", "Nci");
        String matched = block.length() > 200 ? block.substring(0, 200) : block;
        if (CellTowerDetector.knownArea(area) && CellTowerDetector.knownCell(cell)) {
            String value = CellTowerDetector.identity(first(fields, "Mcc"), first(fields, "Mnc"), area, cell);
            hits.accept(Hit.of(PiiType.CELL, MatchKind.PATTERN, value, matched.trim(), view));
        } else if (block.startsWith(MARK + "Cdma")) {
            long sid = first(fields, "SystemId");
            long nid = first(fields, "NetworkId");
            long bid = first(fields, "BasestationId");
            if (CellTowerDetector.knownCdma(sid, nid, bid)) {
                hits.accept(Hit.of(PiiType.CELL, MatchKind.PATTERN, sid + "-" + nid + "-" + bid, matched.trim(), view));
            }
        }
    }

    private static long first(Map<String, Long> fields, String... names) {
        for (String name : names) {
            Long v = fields.get(name);
            if (v != null) {
                return v;
            }
        }
        return -1;
    }
}
