package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.ui.ExchangeSummary;
import com.consentlens.ui.Fixtures;
import com.consentlens.ui.InMemorySessionPort;
import org.junit.jupiter.api.Test;

class FlowsModelTest {
    private final InMemorySessionPort port = new InMemorySessionPort("s", true);
    private final FlowsModel model = new FlowsModel(port, Runnable::run, Runnable::run);

    FlowsModelTest() {
        port.addExchange(Fixtures.exchange("f-1", "ulogs.umeng.com", "{\"imei\":\"867530012345674\"}"), null);
        port.addExchange(Fixtures.exchange("f-2", "api.jpush.cn", "{\"oaid\":\"6f0c1d2e\"}"), null);
        port.addExchange(Fixtures.exchange("f-3", "pinned.example.com", ""), "client rejected our certificate");
        model.add(port.exchanges());
    }

    @Test
    void search_findsTextInsideBodies() {
        model.query.set("867530012345674");
        model.search();
        assertThat(model.shown()).extracting(ExchangeSummary::flowId).containsExactly("f-1");
        assertThat(model.searching.get()).isFalse();
    }

    @Test
    void search_headersAndUrlToo_emptyQueryShowsAll() {
        model.query.set("JPUSH");
        model.search();
        assertThat(model.shown()).extracting(ExchangeSummary::flowId).containsExactly("f-2");
        model.query.set("okhttp/4");
        model.search();
        assertThat(model.shown()).hasSize(3);
        model.query.set(" ");
        model.search();
        assertThat(model.shown()).hasSize(3);
    }

    @Test
    void errorsOnly_keepsBlindSpots() {
        model.errorsOnly.set(true);
        assertThat(model.shown()).extracting(ExchangeSummary::flowId).containsExactly("f-3");
    }
}
