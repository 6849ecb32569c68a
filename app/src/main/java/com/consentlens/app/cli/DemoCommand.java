package com.consentlens.app.cli;

import com.consentlens.app.DataDirectory;
import com.consentlens.app.demo.DemoRun;
import com.consentlens.app.ui.DesktopUi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code consentlens demo}: the whole job without a phone. A local HTTPS server stands in for the SDK
 * backends (the proxy's host overrides send their names to it), a simulated phone that trusts our CA sends
 * the SDKs' real wire formats before and after a consent marker, and one pinned host shows as a blind spot.
 * Nothing leaves 127.0.0.1.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole job on a simulated phone: proxy, SDK traffic, consent marker, findings (loopback only).",
                "在模拟手机上演示完整流程：代理、SDK 流量、同意标记与泄露发现（仅本机回环）。"})
public final class DemoCommand implements Callable<Integer> {
    @Mixin DataDirOption dataDir;
    @Option(names = "--headless", description = "No window: print the findings table and a summary, then exit.")
    boolean headless;
    @Option(names = "--pace", paramLabel = "MS", description = "Milliseconds between requests (default: 400 with the window, 0 headless).")
    Integer paceMillis;
    @Option(names = "--session", paramLabel = "NAME", description = "Session name (default: demo-<date>-<time>).")
    String session;
    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "With the window: save a PNG of it when the script is done, then close (docs, CI under Xvfb).")
    java.nio.file.Path screenshot;

    @Override
    public Integer call() throws Exception {
        DataDirectory data = dataDir.resolve().ensureWritable();
        int pace = paceMillis != null ? paceMillis : (headless ? 0 : 400);
        try (DemoRun demo = DemoRun.start(data, session)) {
            if (headless) {
                RunCommand.printBanner(demo.live());
                demo.playScript(pace, System.out);
                demo.printReport(System.out);
                return 0;
            }
            Thread phone = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    demo.playScript(pace, System.out);
                    if (screenshot != null) {
                        com.consentlens.app.ui.WindowSnapshot.takeAndClose(screenshot);
                        System.out.println("screenshot: " + screenshot.toAbsolutePath());
                    }
                } catch (Exception e) {
                    System.err.println("consentlens: demo phone stopped: " + e);
                }
            }, "demo-phone");
            phone.setDaemon(true);
            phone.start();
            DesktopUi.open(demo.live());
            return 0;
        }
    }
}
