package com.consentlens.proxy;

import com.consentlens.certs.CertificateAuthority;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page a tester opens on the phone to install the CA, like mitmproxy's mitm.it: served for
 * {@code http://consentlens.local/} through the proxy, or for {@code GET /} straight to the proxy's port.
 * It offers the certificate as PEM and DER and explains, in Chinese and English, how Android (user CA,
 * network_security_config, system store on rooted phones) and iOS (profile plus full trust) install it.
 * These requests are answered by the proxy itself and are not captured as exchanges.
 */
final class OnboardingPage {
    static final String HOST = "consentlens.local";

    private final byte[] html;
    private final byte[] pem;
    private final byte[] der;

    OnboardingPage(CertificateAuthority ca) {
        this.pem = ca.toPem().getBytes(StandardCharsets.US_ASCII);
        this.der = ca.toDer();
        this.html = OnboardingHtml.render(ca.sha256Fingerprint(), ca.subjectHashOld()).getBytes(StandardCharsets.UTF_8);
    }

    /** True for a request this page answers: the onboarding host, or an origin-form request to the proxy. */
    static boolean isFor(HttpRequest request) {
        String uri = request.uri();
        if (uri.startsWith("/")) {
            return true;
        }
        try {
            String host = URI.create(uri).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).equals(HOST);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    FullHttpResponse respond(HttpRequest request) {
        String path = pathOf(request.uri());
        boolean head = HttpMethod.HEAD.equals(request.method());
        return switch (path) {
            case "/", "/index.html" -> response(HttpResponseStatus.OK, "text/html; charset=utf-8", html, head);
            case "/ca.pem" -> download(pem, "application/x-pem-file", "consentlens-ca.pem", head);
            case "/ca.crt", "/ca.der" -> download(der, "application/x-x509-ca-cert", "consentlens-ca.crt", head);
            default -> response(HttpResponseStatus.NOT_FOUND, "text/plain; charset=utf-8",
                    "Not found / 未找到: try / \n".getBytes(StandardCharsets.UTF_8), head);
        };
    }

    private static String pathOf(String uri) {
        try {
            String path = URI.create(uri).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    private static FullHttpResponse download(byte[] body, String type, String fileName, boolean head) {
        FullHttpResponse response = response(HttpResponseStatus.OK, type, body, head);
        response.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        return response;
    }

    static FullHttpResponse response(HttpResponseStatus status, String type, byte[] body, boolean head) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, type)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }
}
