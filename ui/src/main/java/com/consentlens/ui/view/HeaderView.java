package com.consentlens.ui.view;

import com.consentlens.ui.ProxyStatus;
import com.consentlens.ui.QrCodes;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.SessionModel;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The header: where to point the phone (address and QR code), whether the proxy works, and the session selector. */
public final class HeaderView extends HBox {
    private final SessionModel model;
    private final Texts t;
    private final Label address = new Label();
    private final Label state = new Label();
    private final Label counters = new Label();
    private final Label dropped = new Label();
    private final ImageView qr = new ImageView();

    public HeaderView(SessionModel model, Consumer<String> openSession) {
        this.model = model;
        this.t = model.texts();
        getStyleClass().add("cl-header");
        setSpacing(16);
        setPadding(new Insets(8, 12, 8, 12));
        setAlignment(Pos.CENTER_LEFT);
        address.getStyleClass().add("cl-address");
        address.setId("proxyAddress");
        state.setId("proxyState");
        dropped.setId("proxyDropped");
        VBox proxy = new VBox(2, address, new HBox(10, state, counters, dropped));
        Label hint = new Label(t.get("header.qrHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(160);
        hint.getStyleClass().add("text-muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ComboBox<String> sessions = new ComboBox<>();
        sessions.setId("sessionSelector");
        sessions.getItems().setAll(model.port().sessionNames());
        if (!sessions.getItems().contains(model.port().sessionName())) {
            sessions.getItems().add(0, model.port().sessionName());
        }
        sessions.setValue(model.port().sessionName());
        sessions.setOnAction(e -> {
            String chosen = sessions.getValue();
            if (chosen != null && !chosen.equals(model.port().sessionName())) {
                openSession.accept(chosen);
                sessions.setValue(model.port().sessionName());
            }
        });
        VBox sessionBox = new VBox(2, new Label(t.get(model.port().isLive() ? "header.session.live"
                : "header.session.readonly")), sessions);
        getChildren().addAll(qr, hint, proxy, grow, sessionBox);
        model.header.status.addListener((o, old, s) -> render(s));
        model.header.onboardingUrl.addListener((o, old, url) -> renderQr(url));
        render(model.header.status.get());
        renderQr(model.header.onboardingUrl.get());
    }

    private void render(ProxyStatus s) {
        address.setText(s.proxyAddress().isEmpty() ? t.get("header.noProxy")
                : t.format("header.address", s.proxyAddress()));
        state.setText(t.get(model.header.listeningKey()));
        state.getStyleClass().setAll("label", s.listening() ? "cl-ok" : "cl-warn");
        counters.setText(t.format("header.counters", s.clientsSeen(), String.format("%.1f", s.exchangesPerSecond()),
                s.queued(), s.tlsProvider().isEmpty() ? "-" : s.tlsProvider()));
        dropped.setText(t.format("header.dropped", s.dropped()));
        dropped.getStyleClass().setAll("label", model.header.losing() ? "cl-danger-text" : "text-muted");
    }

    private void renderQr(String url) {
        boolean has = url != null && !url.isEmpty();
        qr.setImage(has ? QrCodes.image(url, 96) : null);
        qr.setVisible(has);
        qr.setManaged(has);
        if (has) {
            Tooltip.install(qr, new Tooltip(url));
        }
    }
}
