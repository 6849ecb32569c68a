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

    @Test
    void search_findsValuesOnlyTheDecodedBodyShows() {
        port.addExchange(Fixtures.exchange("f-4", "sdk.datasink.sensorsdata.cn", "data_list=H4sIAAAAAAAA"), null);
        model.add(port.exchanges());
        com.consentlens.model.DecodedNode json = new com.consentlens.model.DecodedNode("gzip", "form.data_list", 30,
                "[{\"user_id\":\"u-778899\"}]", java.util.List.of());
        port.trees = e -> e.flowId().equals("f-4") ? java.util.List.of(new com.consentlens.model.DecodedNode("body", "", 24,
                "data_list=H4sIAAAAAAAA", java.util.List.of(json))) : java.util.List.of();

        model.query.set("U-778899");
        model.search();

        assertThat(model.shown()).extracting(ExchangeSummary::flowId).containsExactly("f-4");
    }
}
