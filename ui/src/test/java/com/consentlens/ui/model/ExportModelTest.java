package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.PiiType;
import com.consentlens.ui.InMemorySessionPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportModelTest {
    @TempDir
    Path dir;

    private InMemorySessionPort portWith(int findings) {
        InMemorySessionPort port = new InMemorySessionPort("s", true);
        for (int i = 0; i < findings; i++) {
            port.feed(raw(i, UMENG, PiiType.IMEI, "api.umeng.com", "f-" + i));
        }
        return port;
    }

    @Test
    void start_writesZipAndReportsProgress() throws Exception {
        ExportModel model = new ExportModel(portWith(4), Runnable::run, Runnable::run);
        List<Double> seen = new ArrayList<>();
        model.progress.addListener((o, old, now) -> seen.add(now.doubleValue()));
        Path zip = dir.resolve("e.zip");
        model.start(zip);
        assertThat(model.outcome.get()).isEqualTo("done");
        assertThat(model.running.get()).isFalse();
        assertThat(seen).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(model.phase.get()).isEqualTo("findings");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.size()).isEqualTo(4);
        }
    }

    @Test
    void cancel_duringExport_outcomeCancelled() throws Exception {
        InMemorySessionPort port = portWith(10);
        ExportModel[] holder = new ExportModel[1];
        // The fx executor runs the progress callback; cancelling from there is the Cancel button mid-export.
        holder[0] = new ExportModel(port, Runnable::run, r -> {
            r.run();
            if (holder[0].progress.get() >= 0.3) {
                holder[0].cancel();
            }
        });
        holder[0].start(dir.resolve("c.zip"));
        assertThat(holder[0].outcome.get()).isEqualTo("cancelled");
        assertThat(holder[0].progress.get()).isLessThan(1.0);
        assertThat(Files.exists(dir.resolve("c.zip"))).isTrue();
    }
}
