package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.ui.ProxyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class UpdateBatcherTest {
    private final UpdateBatcher batcher = new UpdateBatcher();

    @Test
    void drain_emptyQueue_isEmpty() {
        assertThat(batcher.drain().isEmpty()).isTrue();
    }

    @Test
    void drain_recomputedSupersedesEarlierFindings() {
        batcher.onFindings(List.of(judged(1, 1, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT)));
        batcher.onMarker(new Marker(1, MarkerType.CONSENT, 5, ""));
        batcher.onVerdictsRecomputed(List.of(judged(1, 1, UMENG, PiiType.IMEI, Phase.AFTER_CONSENT)));
        batcher.onFindings(List.of(judged(2, 9, UMENG, PiiType.IMEI, Phase.AFTER_CONSENT)));
        batcher.offerStatus(ProxyStatus.OFFLINE);
        UpdateBatcher.Batch b = batcher.drain();
        assertThat(b.recomputed()).extracting(Finding::phase).containsExactly(Phase.AFTER_CONSENT);
        assertThat(b.findings()).extracting(Finding::id).containsExactly(2L);
        assertThat(b.markers()).hasSize(1);
        assertThat(b.status()).isEqualTo(ProxyStatus.OFFLINE);
        assertThat(batcher.drain().isEmpty()).isTrue();
    }

    @Test
    void onFindings_fromManyThreads_loseNothing() throws Exception {
        int threads = 4;
        int each = 2_500;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            Thread w = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 1; i <= each; i++) {
                    batcher.onFindings(List.of(judged(base + i, i, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT)));
                }
            });
            w.start();
            workers.add(w);
        }
        go.countDown();
        int drained = 0;
        while (workers.stream().anyMatch(Thread::isAlive)) {
            drained += batcher.drain().findings().size();
        }
        drained += batcher.drain().findings().size();
        assertThat(drained).isEqualTo(threads * each);
    }
}
