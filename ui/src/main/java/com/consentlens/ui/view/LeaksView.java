package com.consentlens.ui.view;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.LeaksModel;
import com.consentlens.ui.model.PhaseBadge;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live leaks table with its filter bar; every filter and count lives in {@link LeaksModel}. */
public final class LeaksView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final Texts t;

    public LeaksView(LeaksModel model, Texts t) {
        this.t = t;
        setSpacing(6);
        setPadding(new Insets(6));
        HBox phases = phaseToggles(model);
        // The combos share the row evenly (an SDK list with long vendor names must not starve the others);
        // the search field gets its own row with the counts so it is never clipped at 1280 px.
        HBox filters = new HBox(6,
                grow(FilterBoxes.of("filterSdk", t.get("filter.sdk"), model.observedSdks(), SdkAttribution::id,
                        t::sdk, model.sdkFilter)),
                grow(FilterBoxes.of("filterPii", t.get("filter.pii"), model.observedTypes(), x -> x, t::pii,
                        model.piiFilter)),
                grow(FilterBoxes.of("filterViolation", t.get("filter.violation"),
                        javafx.collections.FXCollections.observableArrayList(Violation.values()), x -> x,
                        t::violation, model.violationFilter)));
        filters.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("leakCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(model),
                model.shownProperty(), model.totalProperty(), model.perFilterProperty()));
        HBox searchRow = new HBox(10, textFilter(model), counts);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        TableView<Finding> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(phases, filters, searchRow, table);
    }

    private static javafx.scene.control.ComboBox<?> grow(javafx.scene.control.ComboBox<?> box) {
        box.setPrefWidth(200);
        box.setMinWidth(120);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private String countsText(LeaksModel m) {
        StringBuilder s = new StringBuilder(t.format("leaks.shown", m.shownProperty().get(), m.totalProperty().get()));
        for (Map.Entry<String, Integer> e : m.perFilterProperty().get().entrySet()) {
            s.append("  ·  ").append(t.get("count." + e.getKey())).append(": ").append(e.getValue());
        }
        return s.toString();
    }

    private HBox phaseToggles(LeaksModel model) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton();
        all.setId("phaseAll");
        all.textProperty().bind(Bindings.createStringBinding(
                () -> t.get("filter.allPhases") + " (" + model.totalProperty().get() + ")", model.totalProperty()));
        all.setToggleGroup(group);
        all.setUserData(null);
        HBox box = new HBox(4, all);
        for (Phase p : Phase.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("phase-" + p.wireName());
            b.setUserData(p);
            b.setToggleGroup(group);
            b.getStyleClass().add(PhaseBadge.of(p).styleClass() + "-toggle");
            b.textProperty().bind(Bindings.createStringBinding(
                    () -> t.phase(p) + " (" + model.countProperty(p).get() + ")", model.countProperty(p)));
            box.getChildren().add(b);
        }
        group.selectToggle(model.phaseFilter.get() == null ? all : box.getChildren().stream()
                .map(n -> (ToggleButton) n).filter(b -> b.getUserData() == model.phaseFilter.get())
                .findFirst().orElse(all));
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a toggle group with nothing selected would look like "all" but isn't
            } else {
                model.phaseFilter.set((Phase) now.getUserData());
            }
        });
        return box;
    }

    private TextField textFilter(LeaksModel model) {
        TextField text = new TextField(model.textFilter.get());
        text.setId("filterText");
        text.setPromptText(t.get("filter.text"));
        text.setMinWidth(200);
        text.setPrefWidth(360);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().addListener((o, old, now) -> model.textFilter.set(now));
        return text;
    }

    private TableView<Finding> table(LeaksModel model) {
        TableView<Finding> table = new TableView<>();
        table.setId("leaksTable");
        SortedList<Finding> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(t.get("leaks.empty")));
        TableColumn<Finding, Long> time = column("leaks.time", Finding::timeMillis, 110);
        time.setCellFactory(c -> textCell(ms -> TIME.format(Instant.ofEpochMilli(ms))));
        TableColumn<Finding, Phase> phase = column("leaks.phase", Finding::phase, 140);
        phase.setCellFactory(c -> new PhaseCell<>(t));
        table.getColumns().add(time);
        table.getColumns().add(phase);
        table.getColumns().add(column("leaks.sdk", f -> t.sdkName(f.sdk()), 150)); // vendor: in the filter/detail
        // Chinese data-type names are long ("国际移动设备识别码 (IMEI)"): the abbreviation at the end is the point
        table.getColumns().add(column("leaks.pii", f -> t.pii(f.pii()), t.chinese() ? 185 : 130));
        table.getColumns().add(column("leaks.value", Finding::maskedValue, 145));
        table.getColumns().add(column("leaks.host", Finding::host, 180));
        table.getColumns().add(column("leaks.encoding", f -> String.join(" → ", f.encoding()), 150));
        table.getColumns().add(column("leaks.violations", f -> String.join("; ",
                f.violations().stream().map(t::violation).toList()), 260));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("alarm"),
                        !empty && f != null && PhaseBadge.of(f.phase()).alarming());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> model.selected.set(f));
        model.selected.addListener((o, old, f) -> {
            if (f != null && table.getSelectionModel().getSelectedItem() != f) {
                table.getSelectionModel().select(f);
                table.scrollTo(f);
            }
        });
        return table;
    }

    private <T> TableColumn<Finding, T> column(String key, Function<Finding, T> value, double width) {
        TableColumn<Finding, T> c = new TableColumn<>(t.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<Finding, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        };
    }
}
