package com.consentlens.bench;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Body;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Exchange;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.consentlens.model.Profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A mixed, realistic request corpus: SDK uploads (Sensors form with base64-gzip JSON, Adjust form,
 * Umeng-style gzip JSON, GrowingIO-style protobuf-ish binary, Branch JSON) and the app's own API calls
 * (JSON bodies of product lists, GETs with query strings, cookies and user agents), about 1 MiB in all,
 * and a device profile of N values whose first values are the ones planted in the corpus.
 */
final class BenchCorpus {
    static final String IMEI = "867530012345674";
    static final String OAID = "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    static final String GAID = "38400000-8cf0-11bd-b23e-10b96e40000d";
    static final String ANDROID_ID = "3c2f8a9b1d4e5f60";
    static final String MAC = "AC:37:43:12:34:56";
    private static final String UA = "Dalvik/2.1.0 (Linux; U; Android 13; M2012K11AC Build/TKQ1.220829.002)";

    private BenchCorpus() {
    }

    static List<Exchange> exchanges() {
        Random r = new Random(7);
        List<Exchange> out = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            out.add(sensors(r));
            out.add(adjust());
            out.add(umeng(r));
            out.add(branch());
            for (int i = 0; i < 4; i++) {
                out.add(post("https://api.example-shop.com/v2/feed?page=" + i + "&size=20", utf8(productList(r, 25)),
                        "Content-Type", "application/json", "User-Agent", UA, "Cookie", "sid=" + token(r) + "; lang=zh-CN"));
                out.add(get("https://api.example-shop.com/v2/item/" + (100000 + r.nextInt(900000)) + "?from=feed&ts="
                        + (1763883662123L + r.nextInt(100000)) + "&sign=" + token(r), "User-Agent", UA,
                        "Authorization", "Bearer " + token(r)));
            }
            out.add(post("https://log.example-shop.com/batch", gzip(utf8(productList(r, 120))),
                    "Content-Type", "application/json", "Content-Encoding", "gzip"));
        }
        return out;
    }

    static long bytes(List<Exchange> exchanges) {
        long n = 0;
        for (Exchange e : exchanges) {
            n += e.url().length() + e.requestBody().length();
            for (Header h : e.requestHeaders().lines()) {
                n += h.name().length() + h.value().length() + 4;
            }
        }
        return n;
    }

    /** A profile of exactly {@code values} values: the ones planted in the corpus first, then random ones. */
    static Profile profile(int values) {
        Random r = new Random(11);
        List<String[]> all = new ArrayList<>(List.of(new String[] {"imei", IMEI}, new String[] {"oaid", OAID},
                new String[] {"gaid", GAID}, new String[] {"aid", ANDROID_ID}, new String[] {"mac", MAC},
                new String[] {"phone", "13812345678"}));
        for (int i = all.size(); i < values; i++) {
            all.add(switch (i % 8) {
                case 0 -> new String[] {"imei", String.format(Locale.ROOT, "86%013d", Math.floorMod(r.nextLong(), 10_000_000_000_000L))};
                case 1 -> new String[] {"oaid", new java.util.UUID(r.nextLong(), r.nextLong()).toString()};
                case 2 -> new String[] {"gaid", new java.util.UUID(r.nextLong(), r.nextLong()).toString()};
                case 3 -> new String[] {"aid", String.format(Locale.ROOT, "%016x", r.nextLong())};
                case 4 -> new String[] {"mac", String.format(Locale.ROOT, "%012X", r.nextLong() & 0xFFFFFFFFFFFFL)
                        .replaceAll("(..)(?!$)", "$1:")};
                case 5 -> new String[] {"phone", "13" + String.format(Locale.ROOT, "%09d", r.nextInt(1_000_000_000))};
                case 6 -> new String[] {"email", "user" + r.nextInt(1_000_000) + "@example.com"};
                default -> new String[] {"imsi", "46001" + String.format(Locale.ROOT, "%010d", Math.floorMod(r.nextLong(), 10_000_000_000L))};
            });
        }
        List<String[]> used = all.subList(0, Math.min(values, all.size()));
        DeviceProfile d = new DeviceProfile("bench", of(used, "imei"), List.of(), of(used, "imsi"), List.of(),
                of(used, "oaid"), of(used, "gaid"), of(used, "aid"), of(used, "mac"), List.of(), of(used, "phone"),
                of(used, "email"), new GeoPoint(39.9042, 116.4074, 2000), List.<Contact>of(),
                List.of("com.tencent.mm", "com.taobao.taobao", "com.eg.android.AlipayGphone"), List.of());
        return new Profile(d, new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of()));
    }

    private static List<String> of(List<String[]> values, String type) {
        return values.stream().filter(v -> v[0].equals(type)).map(v -> v[1]).toList();
    }

    private static Exchange sensors(Random r) {
        StringBuilder events = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            events.append(i == 0 ? "" : ",").append("{\"_track_id\":").append(r.nextInt())
                    .append(",\"time\":").append(1763883662123L + i).append(",\"type\":\"track\",\"event\":\"$AppViewScreen\",")
                    .append("\"distinct_id\":\"").append(ANDROID_ID).append("\",\"properties\":{\"$os\":\"Android\",")
                    .append("\"$device_id\":\"").append(ANDROID_ID).append("\",\"$oaid\":\"").append(OAID)
                    .append("\",\"$screen_name\":\"com.example.shop.ItemActivity\",\"$latitude\":39904200,")
                    .append("\"$longitude\":116407400,\"$wifi\":true,\"$network_type\":\"WIFI\"}}");
        }
        String body = "crc=" + r.nextInt() + "&gzip=1&data_list="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(gzip(utf8(events + "]"))), StandardCharsets.UTF_8);
        return post("https://sdk-test.datasink.sensorsdata.cn/sa?project=default", utf8(body),
                "Content-Type", "application/x-www-form-urlencoded", "User-Agent", UA);
    }

    private static Exchange adjust() {
        String body = "app_token=2fm9gkqubvpc&environment=production&gps_adid=" + GAID + "&android_id=" + ANDROID_ID
                + "&mac_sha1=" + hash("SHA-1", MAC) + "&mac_md5=" + hash("MD5", "ac3743123456") + "&oaid=" + OAID
                + "&imei=" + IMEI + "&created_at=2026-11-23T07%3A41%3A02.123Z%2B0800&session_count=3";
        return post("https://app.adjust.com/session", utf8(body), "Content-Type", "application/x-www-form-urlencoded");
    }

    private static Exchange umeng(Random r) {
        String json = "{\"header\":{\"appkey\":\"5f8a1b2c3d4e5f6a7b8c9d0e\",\"imei\":\"" + hash("MD5", IMEI)
                + "\",\"mc\":\"" + MAC + "\",\"os\":\"Android\"},\"content\":" + productList(r, 8) + "}";
        return post("https://ulogs.umeng.com/unify_logs", gzip(utf8(json)), "Content-Encoding", "gzip");
    }

    private static Exchange branch() {
        String json = "{\"hardware_id\":\"" + ANDROID_ID + "\",\"brand\":\"Xiaomi\",\"apps_data\":{\"apps\":["
                + "\"com.tencent.mm\",\"com.taobao.taobao\",\"com.eg.android.AlipayGphone\"]}}";
        return post("https://api2.branch.io/v1/install", utf8(json), "Content-Type", "application/json");
    }

    private static String productList(Random r, int n) {
        StringBuilder sb = new StringBuilder("{\"code\":0,\"items\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(100000 + r.nextInt(900000))
                    .append(",\"title\":\"夏季新款 商品 ").append(r.nextInt(10000)).append(" Cotton T-shirt\",")
                    .append("\"price\":").append(r.nextInt(50000) / 100.0).append(",\"order_no\":\"2026112307")
                    .append(String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000))).append("\",\"img\":\"https://img.example-shop.com/")
                    .append(token(r)).append(".jpg\",\"tags\":[\"hot\",\"new\"],\"request_id\":\"")
                    .append(new java.util.UUID(r.nextLong(), r.nextLong())).append("\",\"ts\":").append(1763883662123L + i).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String token(Random r) {
        byte[] b = new byte[18];
        r.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Exchange get(String url, String... headers) {
        return Exchange.builder().flowId("f").client("127.0.0.1").method("GET").url(url)
                .requestHeaders(Headers.of(headers)).status(200).build();
    }

    private static Exchange post(String url, byte[] body, String... headers) {
        return get(url, headers).toBuilder().method("POST").requestBody(Body.of(body)).build();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(utf8(s)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
