package com.consentlens.ui.view;

import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.ProxyEvent;
import com.consentlens.ui.ExchangeSummary;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.SessionModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Flows tab: every exchange (errors and blind spots included) with body search, and the detail pane. */
public final class FlowsView extends SplitPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final Texts t;

    public FlowsView(SessionModel model) {
        this.t = model.texts();
        TextField query = new TextField();
        query.setId("flowSearch");
        query.setPromptText(t.get("flows.search"));
        query.textProperty().bindBidirectional(model.flows.query);
        query.setOnAction(e -> model.flows.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button(t.get("flows.searchButton"));
        go.setOnAction(e -> model.flows.search());
        CheckBox errors = new CheckBox(t.get("flows.errorsOnly"));
        errors.selectedProperty().bindBidirectional(model.flows.errorsOnly);
        CheckBox noConsent = new CheckBox(t.get("flows.thirdPartyBeforeConsent"));
        noConsent.setId("flowsThirdPartyBeforeConsent");
        noConsent.selectedProperty().bindBidirectional(model.flows.thirdPartyBeforeConsent);
        Label searching = new Label(t.get("flows.searching"));
        searching.visibleProperty().bind(model.flows.searching);
        HBox bar = new HBox(6, query, go, noConsent, errors, searching);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<ExchangeSummary> table = new TableView<>();
        table.setId("flowsTable");
        SortedList<ExchangeSummary> sorted = new SortedList<>(model.flows.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("flows.time", s -> TIME.format(Instant.ofEpochMilli(s.startMillis())), 100));
        TableColumn<ExchangeSummary, Phase> phase = column("flows.phase", model.flows::phaseOf, 120);
        phase.setCellFactory(c -> new PhaseCell<>(t));
        table.getColumns().add(phase);
        table.getColumns().add(column("flows.method", ExchangeSummary::method, 60));
        table.getColumns().add(column("flows.sdk", this::sdk, 140));
        table.getColumns().add(column("flows.host", ExchangeSummary::host, 170));
        table.getColumns().add(column("flows.url", ExchangeSummary::url, 300));
        table.getColumns().add(column("flows.status", ExchangeSummary::status, 60));
        table.getColumns().add(column("flows.bytes", ExchangeSummary::requestBytes, 70));
        table.getColumns().add(column("flows.findings", ExchangeSummary::findingCount, 70));
        table.getColumns().add(column("flows.problem", this::problem, 220));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(ExchangeSummary s, boolean empty) {
                super.updateItem(s, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("alarm"),
                        !empty && s != null && s.isError());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null) {
                model.detail.showFlow(s.flowId());
            }
        });
        model.markers().addListener((javafx.collections.ListChangeListener<com.consentlens.model.Marker>) c -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label eventsTitle = new Label(t.get("events.title"));
        eventsTitle.getStyleClass().add("title-4");
        VBox left = new VBox(6, bar, table, eventsTitle, events(model));
        left.setPadding(new Insets(6));
        getItems().addAll(left, new DetailView(model.detail, t));
        setDividerPositions(0.6);
    }

    /** Proxy events (blind spots, drops, oversize bodies…): why a leak may be missing from the table. */
    private javafx.scene.control.ListView<ProxyEvent> events(SessionModel model) {
        javafx.scene.control.ListView<ProxyEvent> list = new javafx.scene.control.ListView<>(model.events());
        list.setId("eventsList");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(t.get("events.none")));
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ProxyEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : TIME.format(Instant.ofEpochMilli(e.timeMillis())) + "  "
                        + t.get("event." + e.kind().name()) + "  " + e.host() + "  " + e.detail());
                getStyleClass().remove("cl-danger-text");
                if (!empty && e != null && e.kind() == ProxyEvent.Kind.BLIND_SPOT) {
                    getStyleClass().add("cl-danger-text");
                }
            }
        });
        return list;
    }

    /** The SDK behind the host; the app's own hosts say so; an unknown third party stays blank. */
    private String sdk(ExchangeSummary s) {
        if (s.sdk() != null) {
            return t.sdkName(s.sdk());
        }
        return s.party() == Party.FIRST ? t.get("flows.firstParty") : "";
    }

    private String problem(ExchangeSummary s) {
        String p = s.isError() ? s.error() : "";
        return s.truncated() ? (p.isEmpty() ? "" : p + "; ") + t.get("flows.truncated") : p;
    }

    private <T> TableColumn<ExchangeSummary, T> column(String key, Function<ExchangeSummary, T> v, double w) {
        TableColumn<ExchangeSummary, T> c = new TableColumn<>(t.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(v.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
