package com.consentlens.ui.view;

import com.consentlens.ui.Texts;
import com.consentlens.ui.model.ExportModel;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Export of the evidence package: choose the zip, watch the progress, cancel if needed. */
public final class ExportView extends VBox {
    public ExportView(ExportModel model, Texts t, String sessionName) {
        setId("export");
        setSpacing(10);
        setPadding(new Insets(12));
        Label help = new Label(t.get("export.help"));
        help.setWrapText(true);
        Button start = new Button(t.get("export.start"));
        start.setId("exportStart");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.running);
        start.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(t.get("export.start"));
            c.setInitialFileName(sessionName + "-evidence.zip");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("zip", "*.zip"));
            File f = c.showSaveDialog(getScene().getWindow());
            if (f != null) {
                model.start(f.toPath());
            }
        });
        Button cancel = new Button(t.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(400);
        bar.progressProperty().bind(model.progress);
        Label phase = new Label();
        phase.textProperty().bind(model.phase);
        Label outcome = new Label();
        outcome.setId("exportOutcome");
        outcome.textProperty().bind(Bindings.createStringBinding(() -> {
            String o = model.outcome.get();
            if (o.isEmpty()) {
                return "";
            }
            return o.startsWith("failed") ? t.format("export.failed", o.substring(o.indexOf(':') + 1).trim())
                    : t.get("export." + o);
        }, model.outcome));
        getChildren().addAll(help, new HBox(8, start, cancel), bar, phase, outcome);
    }
}
