package com.consentlens.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A filter combo box with an "all" entry: its items follow a live list of options (SDKs seen so far…), and
 * choosing one writes the option's key into a model property (null for "all").
 */
final class FilterBoxes {
    private FilterBoxes() {
    }

    static <O, K> ComboBox<O> of(String id, String allLabel, ObservableList<O> options, Function<O, K> key,
                                 Function<O, String> label, Property<K> target) {
        ObservableList<O> items = FXCollections.observableArrayList();
        ComboBox<O> box = new ComboBox<>(items);
        box.setId(id);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            List<O> next = new ArrayList<>();
            next.add(null);
            next.addAll(options);
            O keep = box.getValue();
            items.setAll(next);
            box.setValue(keep);
            syncing[0] = false;
        };
        sync.run();
        options.addListener((ListChangeListener<O>) c -> sync.run());
        box.setButtonCell(cell(allLabel, label));
        box.setCellFactory(lv -> cell(allLabel, label));
        box.setValue(options.stream().filter(o -> Objects.equals(key.apply(o), target.getValue())).findFirst()
                .orElse(null));
        box.valueProperty().addListener((o, old, now) -> {
            if (!syncing[0]) {
                target.setValue(now == null ? null : key.apply(now));
            }
        });
        return box;
    }

    private static <O> ListCell<O> cell(String allLabel, Function<O, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(O item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? allLabel : item == null ? allLabel : label.apply(item));
            }
        };
    }
}
