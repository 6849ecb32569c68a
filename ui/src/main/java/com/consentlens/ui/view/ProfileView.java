package com.consentlens.ui.view;

import com.consentlens.model.Profile;
import com.consentlens.ui.SessionPort;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.ProfileModel;
import java.io.File;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The profile editor: one row per profile.json field with its inline validation message; save, import, export. */
public final class ProfileView extends ScrollPane {
    private static final Set<String> MULTILINE = Set.of("contacts", "installedApps", "firstPartyHosts", "declaredSdks");
    private final Label status = new Label();

    public ProfileView(ProfileModel model, SessionPort port, Texts t) {
        setId("profile");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        int row = 0;
        for (String field : ProfileModel.FIELDS) {
            TextInputControl input = MULTILINE.contains(field) ? new TextArea() : new TextField();
            if (input instanceof TextArea a) {
                a.setPrefRowCount(3);
                a.setPrefColumnCount(40);
            } else if (input instanceof TextField f) {
                f.setPrefColumnCount(40);
            }
            input.setId("profile-" + field);
            input.textProperty().bindBidirectional(model.value(field));
            Label error = new Label();
            error.setId("profileError-" + field);
            error.getStyleClass().add("cl-danger-text");
            error.textProperty().bind(model.error(field));
            grid.add(new Label(t.get("profile." + field)), 0, row);
            grid.add(input, 1, row++);
            grid.add(error, 1, row++);
        }
        status.setId("profileStatus");
        Button save = new Button(t.get("profile.save"));
        save.setId("profileSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> act(t, () -> port.saveProfile(model.toProfile()), "profile.saved"));
        Button importButton = new Button(t.get("profile.import"));
        importButton.setOnAction(e -> {
            File f = chooser(t).showOpenDialog(getScene().getWindow());
            if (f != null) {
                act(t, () -> {
                    Profile p = port.importProfile(f.toPath());
                    model.load(p);
                }, "profile.imported");
            }
        });
        Button exportButton = new Button(t.get("profile.export"));
        exportButton.setOnAction(e -> {
            File f = chooser(t).showSaveDialog(getScene().getWindow());
            if (f != null) {
                act(t, () -> port.exportProfile(model.toProfile(), f.toPath()), "profile.exported");
            }
        });
        Button fromPhone = new Button(t.get("profile.fromPhone"));
        fromPhone.setId("profileFromPhone");
        fromPhone.setOnAction(e -> readPhone(t, port, model, fromPhone));
        Label help = new Label(t.get("profile.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        // the actions sit above the long form, where they are seen without scrolling
        VBox box = new VBox(8, help, new HBox(8, save, importButton, exportButton, fromPhone), status, grid);
        box.setPadding(new Insets(10));
        setContent(box);
    }

    /** Runs adb off the FX thread (it may take seconds, or time out) and fills the form with what it read. */
    private void readPhone(Texts t, SessionPort port, ProfileModel model, Button button) {
        Profile base;
        try {
            base = model.toProfile();
        } catch (IllegalArgumentException e) {
            showStatus(t.format("profile.failed", e.getMessage()), false);
            return;
        }
        button.setDisable(true);
        showStatus(t.get("profile.readingPhone"), true);
        Thread reader = new Thread(() -> {
            try {
                Profile read = port.readPhone(base);
                Platform.runLater(() -> {
                    model.load(read);
                    showStatus(t.get("profile.readPhone"), true);
                    button.setDisable(false);
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    showStatus(t.format("profile.failed", e.getMessage()), false);
                    button.setDisable(false);
                });
            }
        }, "consentlens-adb");
        reader.setDaemon(true);
        reader.start();
    }

    private void showStatus(String text, boolean ok) {
        status.setText(text);
        status.getStyleClass().setAll("label", ok ? "cl-ok" : "cl-danger-text");
    }

    private void act(Texts t, Runnable action, String okKey) {
        try {
            action.run();
            status.setText(t.get(okKey));
            status.getStyleClass().setAll("label", "cl-ok");
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            status.setText(t.format("profile.failed", e.getMessage()));
            status.getStyleClass().setAll("label", "cl-danger-text");
        }
    }

    private static FileChooser chooser(Texts t) {
        FileChooser c = new FileChooser();
        c.setTitle(t.get("profile.fileTitle"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("profile.json", "*.json"));
        return c;
    }
}
