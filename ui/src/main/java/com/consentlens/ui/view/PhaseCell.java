package com.consentlens.ui.view;

import com.consentlens.model.Phase;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.PhaseBadge;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** A coloured badge with the consent phase in the UI language, for the Leaks and Flows tables. */
final class PhaseCell<S> extends TableCell<S, Phase> {
    private final Texts t;
    private final Label badge = new Label();

    PhaseCell(Texts t) {
        this.t = t;
        badge.getStyleClass().add("cl-badge");
    }

    @Override
    protected void updateItem(Phase p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || getTableRow() == null || getTableRow().getItem() == null) {
            setGraphic(null);
            return;
        }
        badge.setText(t.phase(p));
        badge.getStyleClass().setAll("label", "cl-badge", PhaseBadge.of(p).styleClass());
        setGraphic(badge);
    }
}
