package com.consentlens.ui.view;

import com.consentlens.model.MarkerType;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.ConsentControlsModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;

/**
 * The consent buttons. Mark consent is big and green on purpose: the tester presses it the instant they
 * accept the privacy policy, while watching the phone, so it must be findable without looking.
 */
public final class ControlsView extends HBox {
    public ControlsView(ConsentControlsModel model, Texts t) {
        setSpacing(8);
        setPadding(new Insets(4, 12, 8, 12));
        setAlignment(Pos.CENTER_LEFT);
        Button consent = button(model, t, MarkerType.CONSENT, "controls.consent", "markConsent");
        consent.getStyleClass().addAll("success", "large", "cl-consent");
        Button withdraw = button(model, t, MarkerType.WITHDRAW, "controls.withdraw", "markWithdraw");
        withdraw.getStyleClass().add("danger");
        Button background = button(model, t, MarkerType.BACKGROUND, "controls.background", "markBackground");
        Button foreground = button(model, t, MarkerType.FOREGROUND, "controls.foreground", "markForeground");
        Button note = new Button(t.get("controls.note"));
        note.setId("markNote");
        note.setOnAction(e -> askNote(model, t));
        note.disableProperty().bind(model.live.not().or(model.busy));
        Label status = new Label();
        status.setId("markStatus");
        model.lastMarker.addListener((o, old, m) -> status.setText(m == null ? "" : t.format("controls.marked",
                t.marker(m.type()), java.time.Instant.ofEpochMilli(m.timeMillis()).toString())));
        model.error.addListener((o, old, err) -> {
            if (!err.isEmpty()) {
                status.setText(t.format("controls.failed", err));
            }
        });
        Label shortcuts = new Label(model.live.get() ? t.get("controls.shortcuts") : t.get("controls.readonly"));
        shortcuts.getStyleClass().add("text-muted");
        getChildren().addAll(consent, withdraw, background, foreground, note, status, shortcuts);
    }

    private static Button button(ConsentControlsModel model, Texts t, MarkerType type, String key, String id) {
        Button b = new Button(t.get(key));
        b.setId(id);
        b.setOnAction(e -> model.mark(type, ""));
        b.disableProperty().bind(model.live.not().or(model.busy));
        return b;
    }

    /** Asks for the note's text, then marks it; also used by the Ctrl+Shift+N shortcut. */
    public static void askNote(ConsentControlsModel model, Texts t) {
        if (!model.enabled()) {
            return;
        }
        TextInputDialog d = new TextInputDialog();
        d.setTitle(t.get("controls.note"));
        d.setHeaderText(t.get("controls.notePrompt"));
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(s -> model.mark(MarkerType.NOTE, s));
    }
}
