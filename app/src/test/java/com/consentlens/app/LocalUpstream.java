package com.consentlens.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A real HTTPS server on 127.0.0.1 standing in for SDK servers in tests: every request gets
 * {@code {"code":0}}. SDK host names reach it through the proxy's host overrides, never through DNS.
 */
final class LocalUpstream implements AutoCloseable {
    final MockWebServer server = new MockWebServer();

    LocalUpstream() throws IOException {
        HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        // MockWebServer writes the response head and body in separate flushes; without TCP_NODELAY each
        // request then waits on Nagle + the proxy's delayed ACK (~40 ms a request).
        server.setServerSocketFactory(new javax.net.ServerSocketFactory() {
            @Override
            public java.net.ServerSocket createServerSocket() throws IOException {
                return new java.net.ServerSocket() {
                    @Override
                    public java.net.Socket accept() throws IOException {
                        java.net.Socket s = new java.net.Socket();
                        implAccept(s);
                        s.setTcpNoDelay(true);
                        return s;
                    }
                };
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port) throws IOException {
                return createServerSocket(port, 50, InetAddress.getLoopbackAddress());
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return createServerSocket(port, backlog, InetAddress.getLoopbackAddress());
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                java.net.ServerSocket socket = createServerSocket();
                socket.bind(new java.net.InetSocketAddress(address, port), backlog);
                return socket;
            }
        });
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory(), false);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"code\":0}");
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort());
    }

    Map<String, InetSocketAddress> overrides(Set<String> hosts) {
        return hosts.stream().collect(Collectors.toMap(h -> h, h -> address()));
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
