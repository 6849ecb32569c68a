package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.View;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell towers (基站信息, {@code pii: "CELL"}, {@code match: "pattern"}): the base station the phone is camped on
 * and the ones it hears. A cell's identity locates the phone to a few hundred metres in a city through public
 * cell databases, which is why location SDKs upload it and why MIIT's collected-data lists name 基站信息 on a
 * line of its own. Recognised strictly, since a lone number means nothing:
 * <ul>
 * <li>an area code beside a cell identity in one object, form or query: {@code lac} or {@code tac} or
 * {@code locationAreaCode} with {@code cid}, {@code ci}, {@code cellid}, {@code eci}, {@code nci} or
 * {@code cellId} (Google's and Mozilla's {@code cellTowers}, Tencent's {@code cellinfo}, Android's
 * {@code CellIdentity} field names), and CDMA's {@code sid}, {@code nid} and {@code bid} together under an
 * object that names cells or CDMA (elsewhere they are an ad request's slot and bid ids);</li>
 * <li>{@code mcc,mnc,lac,cid} written with one separator, under a name that says cells: AMap's {@code bts} and
 * {@code nearbts} ({@code 460,01,40977,2205409,-65|…}), Baidu's {@code cl} and {@code clt}
 * ({@code 460|1|4513|22093311}), {@code cgi}, {@code cell_info}, {@code base_station}.</li>
 * </ul>
 * The values Android reports when it does not know one are never counted ({@code Integer.MAX_VALUE}, -1, a LAC
 * of 65535, a CID of 65535 or LTE's 268435455), nor a member that is not a whole number. The value reported is
 * the cell global identity {@code MCC-MNC-LAC-CI} when the country and operator codes are sent, else
 * {@code LAC-CI} (CDMA: {@code SID-NID-BID}). Android's own {@code CellIdentity} text and Gson's
 * {@code mCi}/{@code mTac} field names are read too ({@link AndroidCellText}).
 */
public final class CellTowerDetector implements Detector {
    private static final Pattern TUPLE = Pattern.compile(
            "(?<![0-9])([2-7][0-9]{2})([,|_:;-])([0-9]{1,3})\\2([0-9]{1,8})\\2([0-9]{1,11})(?![0-9])");
    // mlac, mci, mmccstr…: Android's CellIdentity fields as Gson writes them
    private static final Set<String> AREA = Set.of("lac", "tac", "lactac", "locationareacode", "trackingareacode",
            "gsmlac", "wcdmalac", "ltetac", "nrtac", "celllac", "celltac", "mlac", "mtac");
    private static final Set<String> CELL_ID = Set.of("cid", "ci", "cellid", "cellidentity", "eci", "nci", "gsmcid",
            "wcdmacid", "ltecid", "lteci", "nrnci", "cellcid", "mcid", "mci", "mnci");
    private static final Set<String> COUNTRY = Set.of("mcc", "mobilecountrycode", "mmcc", "mmccstr", "mccstr");
    private static final Set<String> OPERATOR = Set.of("mnc", "mobilenetworkcode", "mmnc", "mmncstr", "mncstr");
    private static final Set<String> TEXT = Set.of("cl", "clt", "bts", "nearbts", "cgi", "ecgi", "bsinfo");
    /** A member of an object that may hold a cell: an area, a cell identity, a country or operator code. */
    private static final int MEMBER = 1;
    /** A name whose text may hold {@code mcc,mnc,lac,cid} tuples. */
    private static final int TEXT_KEY = 2;
    /** Android's text of a dozen neighbouring cells runs to several KiB. */
    private static final int MAX_TEXT = 1 << 16;
    private static final long MAX_AREA = 0xFF_FFFFL; // 5G's 24-bit tracking area code
    private static final long MAX_CELL = 0xF_FFFF_FFFFL; // 5G's 36-bit NR cell identity

    @Override
    public int wantsEveryLeafFrom() {
        return Integer.MAX_VALUE;
    }

    /** Everything this detector reads, it reads in a group. */
    @Override
    public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        return false;
    }

    /** Bounded: field names are attacker-controlled; past this size facts are computed uncached. */
    private static final int MAX_CACHED = 10_000;
    private static final ConcurrentHashMap<String, Integer> FACTS = new ConcurrentHashMap<>();

    /** Asked once per distinct name of a request; names repeat across requests, so the answer is kept. */
    @Override
    public int groupKeyFacts(String key) {
        Integer known = FACTS.get(key);
        if (known != null) {
            return known;
        }
        String k = KeyNames.normalize(key);
        int facts = SLOT_BY_NAME.containsKey(k) ? MEMBER : namesCells(k) ? TEXT_KEY : 0;
        if (FACTS.size() < MAX_CACHED) {
            FACTS.putIfAbsent(key, facts);
        }
        return facts;
    }

    @Override
    public boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        int length = to - from;
        return keyFacts == MEMBER ? length <= 12 && dots == 0 : keyFacts == TEXT_KEY && length >= 9 && length <= MAX_TEXT;
    }

    /** {@code cell_info}, {@code cellTowers}, {@code neighbor_cells}, {@code base_station}, 基站 as {@code jizhan}. */
    static boolean namesCells(String k) {
        return TEXT.contains(k) || k.contains("cell") || k.contains("basestation") || k.contains("jizhan");
    }

    @Override
    public void group(View parent, List<View> children, Consumer<Hit> hits) {
        Map<String, View[]> objects = null;
        for (View v : children) {
            int length = v.length();
            String k = v.normalizedKey();
            Integer slot = length <= 12 ? SLOT_BY_NAME.get(k) : null;
            if (slot != null) {
                if (objects == null) {
                    objects = new LinkedHashMap<>();
                }
                objects.computeIfAbsent(LocationDetector.parentPath(v.path()), p -> new View[SLOTS])[slot] = v;
            } else if (length >= 9 && length <= MAX_TEXT && namesCells(k)) {
                cellText(v, hits);
            }
        }
        if (objects != null) {
            objects.forEach((path, members) -> object(path, members, hits));
        }
    }

    private static final int AREA_SLOT = 0;
    private static final int CELL_SLOT = 1;
    private static final int COUNTRY_SLOT = 2;
    private static final int OPERATOR_SLOT = 3;
    private static final int SID_SLOT = 4;
    private static final int NID_SLOT = 5;
    private static final int BID_SLOT = 6;
    private static final int SLOTS = 7;
    /** Each member name's slot: one lookup per leaf of a group. */
    private static final Map<String, Integer> SLOT_BY_NAME = new HashMap<>();

    static {
        AREA.forEach(k -> SLOT_BY_NAME.put(k, AREA_SLOT));
        CELL_ID.forEach(k -> SLOT_BY_NAME.put(k, CELL_SLOT));
        COUNTRY.forEach(k -> SLOT_BY_NAME.put(k, COUNTRY_SLOT));
        OPERATOR.forEach(k -> SLOT_BY_NAME.put(k, OPERATOR_SLOT));
        SLOT_BY_NAME.putAll(Map.of("sid", SID_SLOT, "systemid", SID_SLOT, "msystemid", SID_SLOT, "nid", NID_SLOT,
                "networkid", NID_SLOT, "mnetworkid", NID_SLOT, "bid", BID_SLOT, "basestationid", BID_SLOT,
                "mbasestationid", BID_SLOT));
    }

    /** The members of one object: a 3GPP cell (area and cell identity) or a CDMA one (SID, NID and BID). */
    private static void object(String path, View[] m, Consumer<Hit> hits) {
        long area = number(m[AREA_SLOT]);
        long cell = number(m[CELL_SLOT]);
        if (knownArea(area) && knownCell(cell)) {
            String value = identity(number(m[COUNTRY_SLOT]), number(m[OPERATOR_SLOT]), area, cell);
            String text = m[AREA_SLOT].text().trim() + "," + m[CELL_SLOT].text().trim();
            String where = path + ".{" + m[AREA_SLOT].key() + "," + m[CELL_SLOT].key() + "}";
            hits.accept(new Hit(PiiType.CELL, MatchKind.PATTERN, value, text, m[AREA_SLOT], List.of(), where));
            return;
        }
        long sid = number(m[SID_SLOT]);
        long nid = number(m[NID_SLOT]);
        long bid = number(m[BID_SLOT]);
        if (knownCdma(sid, nid, bid) && saysCdma(path, m)) {
            String where = path + ".{" + m[SID_SLOT].key() + "," + m[NID_SLOT].key() + "," + m[BID_SLOT].key() + "}";
            hits.accept(new Hit(PiiType.CELL, MatchKind.PATTERN, sid + "-" + nid + "-" + bid,
                    sid + "," + nid + "," + bid, m[BID_SLOT], List.of(), where));
        }
    }

    /**
     * {@code sid}, {@code nid} and {@code bid} are also an ad request's slot, news and bid ids: they count as a
     * CDMA cell only under an object that names it ({@code cdma}, {@code cell}, {@code base_station}) or when
     * one is spelt out ({@code basestationid}, {@code systemid}, {@code networkid}).
     */
    private static boolean saysCdma(String path, View[] m) {
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('>'));
        String holder = KeyNames.normalize(path.substring(dot + 1).replaceAll("\\[\\d+]$", ""));
        return holder.contains("cdma") || namesCells(holder) || m[SID_SLOT].normalizedKey().length() > 3
                || m[NID_SLOT].normalizedKey().length() > 3 || m[BID_SLOT].normalizedKey().length() > 3;
    }

    /** The cell global identity {@code MCC-MNC-LAC-CI}, or {@code LAC-CI} without a valid country and operator. */
    static String identity(long country, long operator, long area, long cell) {
        return (country >= 200 && country <= 799 && operator >= 0 && operator <= 999
                ? country + "-" + operator + "-" : "") + area + "-" + cell;
    }

    /** A CDMA system (1–32767), network (0–65534) and base station (1–65534). */
    static boolean knownCdma(long sid, long nid, long bid) {
        return sid >= 1 && sid <= 32767 && nid >= 0 && nid < 65535 && bid >= 1 && bid < 65535;
    }

    /**
     * Every {@code mcc,mnc,lac,cid} tuple in a text under a name that says cells, or Android's own text for
     * the cells ({@link AndroidCellText}).
     */
    private static void cellText(View v, Consumer<Hit> hits) {
        if (!v.isText()) {
            return;
        }
        if (v.text().contains("CellIdentity")) {
            AndroidCellText.find(v.text(), v, hits);
            return;
        }
        Matcher t = TUPLE.matcher(v.text());
        while (t.find()) {
            long operator = Long.parseLong(t.group(3));
            long area = Long.parseLong(t.group(4));
            long cell = Long.parseLong(t.group(5));
            if (knownArea(area) && knownCell(cell)) {
                hits.accept(Hit.of(PiiType.CELL, MatchKind.PATTERN,
                        identity(Long.parseLong(t.group(1)), operator, area, cell), t.group(), v));
            }
        }
    }

    /** 1 to 2²⁴ − 1, but for GSM's 65534 and 65535 (reserved, and what a modem reports when it has none). */
    static boolean knownArea(long area) {
        return area >= 1 && area <= MAX_AREA && area != 65534 && area != 65535;
    }

    /** 1 to 2³⁶ − 1, but for GSM's 65535, LTE's 268435455 and Android's unknowns. */
    static boolean knownCell(long cell) {
        return cell >= 1 && cell <= MAX_CELL && cell != 65535 && cell != 268_435_455L && cell != Integer.MAX_VALUE
                && cell != 0xFFFF_FFFFL;
    }

    /** A whole non-negative number of up to 11 digits ({@code "4513"} as text too), else -1. */
    private static long number(View v) {
        if (v == null || !v.isText()) {
            return -1;
        }
        String s = v.text().trim();
        if (s.isEmpty() || s.length() > 11) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
