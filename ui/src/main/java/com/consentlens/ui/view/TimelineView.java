package com.consentlens.ui.view;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.PhaseBadge;
import com.consentlens.ui.model.SessionModel;
import com.consentlens.ui.model.TimelineModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The timeline strip: a row per SDK, a tick per leak coloured by phase, and a vertical line per marker, so
 * "this SDK sent data before the consent line" is visible at a glance. Wheel zooms around the pointer, drag
 * pans, a click selects the nearest leak, a double click fits the whole session again.
 */
public final class TimelineView extends Pane {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final SessionModel model;
    private final TimelineModel geo;
    private final Texts t;
    private final Canvas canvas = new Canvas();
    private Map<String, Integer> rows = Map.of();
    private double dragX;
    private boolean dragged;

    public TimelineView(SessionModel model) {
        this.model = model;
        this.geo = model.timeline;
        this.t = model.texts();
        setId("timeline");
        getStyleClass().add("cl-timeline");
        setMinHeight(90);
        setPrefHeight(150);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        model.leaks.shown().addListener((ListChangeListener<Finding>) c -> redraw());
        model.markers().addListener((ListChangeListener<Marker>) c -> redraw());
        model.leaks.selected.addListener(o -> redraw());
        setOnScroll(e -> {
            geo.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX(), getWidth());
            redraw();
        });
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            geo.pan(e.getX() - dragX, getWidth());
            dragged |= Math.abs(e.getX() - dragX) > 2;
            dragX = e.getX();
            redraw();
        });
        setOnContextMenuRequested(e -> moveMenu(geo.timeAt(e.getX(), getWidth())).show(this, e.getScreenX(), e.getScreenY()));
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(t.get("timeline.hint")));
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                geo.setFollowLive(true);
                redraw();
            } else if (!dragged) {
                Finding f = geo.hit(model.leaks.shown(), rows, e.getX(), e.getY(), getWidth());
                if (f != null) {
                    model.leaks.selected.set(f);
                }
            }
        });
    }

    /** Right-click: move any marker to the clicked time, asking why (the reason is kept with the session). */
    private javafx.scene.control.ContextMenu moveMenu(long time) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (Marker m : model.markers()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(t.format("timeline.move",
                    t.marker(m.type()), TICK.format(Instant.ofEpochMilli(m.timeMillis())),
                    TICK.format(Instant.ofEpochMilli(time))));
            item.disableProperty().bind(model.controls.live.not());
            item.setOnAction(e -> {
                javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
                d.setHeaderText(t.get("timeline.reason"));
                d.showAndWait().ifPresent(reason -> model.controls.moveMarker(m, time, reason));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        List<Finding> all = model.leaks.all();
        rows = TimelineModel.rows(all);
        if (geo.followLive()) {
            fitAll(all);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(10));
        g.setStroke(Color.web("#d0d7de"));
        g.setFill(Color.web("#57606a"));
        for (long tick : geo.ticks(w)) {
            double x = geo.xOf(tick, w);
            g.strokeLine(x, TimelineModel.AXIS_HEIGHT - 4, x, h);
            g.fillText(TICK.format(Instant.ofEpochMilli(tick)), x + 2, 11);
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (Finding f : all) {
            names.putIfAbsent(TimelineModel.rowKey(f), f.sdk() == null ? f.host() : t.sdk(f.sdk()));
        }
        rows.forEach((key, row) -> g.fillText(names.get(key), 4, TimelineModel.rowY(row) + 4, TimelineModel.LABEL_WIDTH - 8));
        for (Finding f : model.leaks.shown()) {
            double x = geo.xOf(f.timeMillis(), w);
            if (x < TimelineModel.LABEL_WIDTH || x > w) {
                continue;
            }
            g.setFill(Color.web(PhaseBadge.of(f.phase()).color()));
            g.fillRect(x - 1.5, TimelineModel.rowY(rows.get(TimelineModel.rowKey(f))) - 5, 3, 10);
        }
        Finding sel = model.leaks.selected.get();
        for (Marker m : model.markers()) {
            double x = geo.xOf(m.timeMillis(), w);
            if (x < TimelineModel.LABEL_WIDTH || x > w) {
                continue;
            }
            g.setStroke(Color.web(markerColor(m.type())));
            g.setLineWidth(2);
            g.strokeLine(x, 0, x, h);
            g.setFill(Color.web(markerColor(m.type())));
            g.fillText(t.marker(m.type()), x + 3, h - 4);
            g.setLineWidth(1);
        }
        if (sel != null && rows.containsKey(TimelineModel.rowKey(sel))) {
            g.setStroke(Color.web("#0969da"));
            g.strokeOval(geo.xOf(sel.timeMillis(), w) - 5, TimelineModel.rowY(rows.get(TimelineModel.rowKey(sel))) - 5, 10, 10);
        }
    }

    private void fitAll(List<Finding> all) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Finding f : all) {
            first = Math.min(first, f.timeMillis());
            last = Math.max(last, f.timeMillis());
        }
        for (Marker m : model.markers()) {
            first = Math.min(first, m.timeMillis());
            last = Math.max(last, m.timeMillis());
        }
        if (first <= last) {
            geo.fit(first, last);
        }
    }

    static String markerColor(MarkerType type) {
        return switch (type) {
            case CONSENT -> "#1a7f37";
            case WITHDRAW -> "#cf222e";
            case BACKGROUND -> "#8250df";
            case FOREGROUND -> "#0969da";
            case NOTE -> "#57606a";
        };
    }
}
