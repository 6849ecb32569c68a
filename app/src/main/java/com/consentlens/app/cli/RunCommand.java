package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.app.session.ConsolePrinter;
import com.consentlens.app.session.LiveOptions;
import com.consentlens.app.session.LiveSession;
import com.consentlens.app.session.StatusLine;
import com.consentlens.app.ui.DesktopUi;
import com.consentlens.proxy.Cidr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code consentlens run}: the proxy, detection and the session store, with the window unless --headless. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start the intercepting proxy and record a session (opens the window unless --headless).",
                "启动拦截代理并记录会话（除非 --headless，否则打开窗口）。"})
public final class RunCommand implements Runnable {
    @Mixin DataDirOption dataDir;
    @Mixin ProfileOption profile;
    @Option(names = "--port", defaultValue = "8080", description = "Proxy port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;
    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default ${DEFAULT-VALUE}, so a phone on the LAN can connect).")
    String bind;
    @Option(names = "--allow", paramLabel = "CIDR", split = ",",
            description = "Extra client ranges to serve, besides loopback and private ranges.")
    List<String> allow = new ArrayList<>();
    @Option(names = "--session", paramLabel = "NAME", description = "Session to create or continue (default: session-<date>-<time>).")
    String session;
    @Option(names = "--jsonl", paramLabel = "FILE", description = "Also append findings to this JSON-lines file.")
    Path jsonl;
    @Option(names = "--headless", description = "No window: print exchanges and findings to the terminal.")
    boolean headless;
    @Option(names = "--insecure-upstream", description = "Do not verify upstream certificates (labs with their own servers).")
    boolean insecureUpstream;
    @Option(names = "--control-port", defaultValue = "0", description = "Control API port on 127.0.0.1 (default: any free port).")
    int controlPort;
    @Option(names = "--map-host", paramLabel = "HOST=ADDR:PORT",
            description = "Send a host name to another address without DNS (lab servers, tests); repeatable.")
    List<String> mapHost = new ArrayList<>();
    @Option(names = "--body-cap", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Largest body kept per request/response; larger ones are kept truncated (default ${DEFAULT-VALUE}).")
    int bodyCap;
    @Option(names = "--response-body-cap", paramLabel = "BYTES", defaultValue = "16384",
            description = "Largest response body kept (responses are context, requests are the evidence; default ${DEFAULT-VALUE}).")
    int responseBodyCap;

    @Override
    public void run() {
        LiveOptions options = new LiveOptions(dataDir.resolve(), session, profile.load(), parseBind(bind), port,
                parseCidrs(allow), insecureUpstream, HostMappings.parse(mapHost), jsonl, controlPort, bodyCap, 0, responseBodyCap);
        LiveSession live = LiveSession.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String name = live.store().info().name();
            var stats = live.closeWithStats();
            System.out.println("ConsentLens stopped; session " + name + " saved (" + stats.exchanges() + " exchanges, "
                    + stats.findings() + " findings). Export it with: consentlens export " + name + " --out evidence.zip");
            System.out.flush();
            stopped.countDown();
        }, "shutdown"));
        printBanner(live);
        if (headless) {
            ConsolePrinter printer = new ConsolePrinter(System.out);
            live.store().addListener(printer);
            live.pipeline().addExchangeObserver((exchange, findings) -> printer.exchange(exchange));
            StatusLine.startPrinting(live, System.out);
            await(stopped);
        } else {
            DesktopUi.open(live);
            System.exit(0);
        }
    }

    static void printBanner(LiveSession live) {
        System.out.println("ConsentLens proxy listening on " + live.proxyAddress() + "  (TLS: " + live.proxy().stats().tlsProvider() + ")");
        System.out.println("  phone setup:  set the Wi-Fi proxy to " + live.proxyAddress() + ", then open http://consentlens.local/");
        System.out.println("  session:      " + live.store().info().name());
        System.out.println("  control API:  " + live.control().url() + "  (consentlens mark consent)");
        System.out.println("  CA sha256:    " + live.ca().sha256Fingerprint());
        System.out.flush();
    }

    static InetAddress parseBind(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UsageException("--bind " + bind + " is not an address of this machine");
        }
    }

    static List<Cidr> parseCidrs(List<String> values) {
        List<Cidr> cidrs = new ArrayList<>();
        for (String v : values) {
            try {
                cidrs.add(Cidr.parse(v.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--allow " + v + ": " + e.getMessage());
            }
        }
        return cidrs;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
