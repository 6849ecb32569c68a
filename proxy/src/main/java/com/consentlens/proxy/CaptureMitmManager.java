package com.consentlens.proxy;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpRequest;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.littleshoot.proxy.MitmManager;

/**
 * LittleProxy's hook for both TLS engines of an intercepted CONNECT. LittleProxy first handshakes with the
 * upstream ({@link #serverSslEngine(String, int)}), then asks for the phone-facing engine; the leaf is minted
 * from the CONNECT authority, since the phone's SNI is not known yet at that point.
 */
final class CaptureMitmManager implements MitmManager {
    private final TlsContexts tls;

    CaptureMitmManager(TlsContexts tls) {
        this.tls = tls;
    }

    @Override
    public SSLEngine serverSslEngine(String peerHost, int peerPort) {
        SSLEngine engine = tls.upstream().newEngine(ByteBufAllocator.DEFAULT, peerHost, peerPort);
        if (tls.verifiesUpstream()) {
            // Trusting the chain is not enough: the certificate must also name the host we connect for.
            SSLParameters params = engine.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(params);
        }
        return engine;
    }

    @Override
    public SSLEngine serverSslEngine() {
        return tls.upstream().newEngine(ByteBufAllocator.DEFAULT);
    }

    @Override
    public SSLEngine clientSslEngineFor(HttpRequest connect, SSLSession upstreamSession) {
        return tls.forHost(Authority.parse(connect.uri()).host()).newEngine(ByteBufAllocator.DEFAULT);
    }
}
