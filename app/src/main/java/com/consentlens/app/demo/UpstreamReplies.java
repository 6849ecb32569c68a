package com.consentlens.app.demo;

import java.nio.charset.StandardCharsets;

/**
 * What each SDK backend answers, reduced to the fields the SDKs read: Umeng's and most Chinese SDKs'
 * {@code {"code":0}}, Adjust's attribution, Branch's session, Firebase's installation token. Realistic
 * answers keep the demo's flows looking like a capture from a real phone.
 */
final class UpstreamReplies {
    record Reply(int status, String contentType, byte[] body) {
    }

    private UpstreamReplies() {
    }

    static Reply forPath(String path) {
        String p = path == null ? "" : path;
        if (p.startsWith("/session")) {
            return json("{\"app_token\":\"2fm9gkqubvpc\",\"adid\":\"5c1b7e0a9d8f4e3b2a1c0d9e8f7a6b5c\","
                    + "\"timestamp\":\"2026-11-23T01:41:13.021Z+0000\",\"message\":\"Session tracked\","
                    + "\"attribution\":{\"tracker_token\":\"abc123\",\"tracker_name\":\"Organic\","
                    + "\"network\":\"Organic\"}}");
        }
        if (p.startsWith("/v1/install")) {
            return json("{\"session_id\":\"1184233545127733520\",\"identity_id\":\"1184233545110956303\","
                    + "\"device_fingerprint_id\":\"1184233512345678901\",\"data\":\"{\\\"+is_first_session\\\":true,"
                    + "\\\"+clicked_branch_link\\\":false}\","
                    + "\"link\":\"https://example-shop.app.link?%24identity_id=1184233545110956303\"}");
        }
        if (p.endsWith("/installations")) {
            return json("{\"name\":\"projects/480312965127/installations/dX3kZ1rQa2N0bLmC9pUoEw\","
                    + "\"fid\":\"dX3kZ1rQa2N0bLmC9pUoEw\",\"refreshToken\":\"3_AS3qfwJ1example\","
                    + "\"authToken\":{\"token\":\"eyJhbGciOiJFUzI1NiJ9.demo.signature\",\"expiresIn\":\"604800s\"}}");
        }
        if (p.startsWith("/sa") || p.startsWith("/config/app/")) {
            return new Reply(200, "text/plain", new byte[0]);
        }
        if (p.contains("gdt_mview.fcg")) {
            return json("{\"ret\":0,\"msg\":\"\",\"data\":{}}");
        }
        if (p.contains("/app_log")) {
            return json("{\"magic_tag\":\"ss_app_log\",\"message\":\"success\",\"server_time\":1763862073}");
        }
        if (p.equals("/v3/report")) {
            return json("{\"code\":200,\"desc\":\"success\"}");
        }
        if (p.contains("/androidevent")) {
            return new Reply(200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        }
        return json("{\"code\":0,\"msg\":\"success\"}");
    }

    private static Reply json(String body) {
        return new Reply(200, "application/json;charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
