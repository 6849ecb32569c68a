package com.consentlens.ui.view;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.PhaseBadge;
import com.consentlens.ui.model.SessionModel;
import com.consentlens.ui.model.TimelineModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The timeline strip: a row per SDK, a tick per leak coloured by phase, and a vertical line per marker, so
 * "this SDK sent data before the consent line" is visible at a glance. Wheel zooms around the pointer, drag
 * pans, a click selects the nearest leak, a double click fits the whole session again. When there are more SDKs
 * than fit, the rows scroll vertically (scroll bar, or the wheel over the name column) while the time axis and
 * the marker names stay in place.
 */
public final class TimelineView extends Pane {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final SessionModel model;
    private final TimelineModel geo;
    private final Texts t;
    /** Canvas text has no font fallback, so Chinese SDK names need a family that has the glyphs. */
    private static final String FAMILY = UiFont.family();
    private final Canvas canvas = new Canvas();
    private final ScrollBar rowScroll = new ScrollBar();
    private Map<String, Integer> rows = Map.of();
    /** The height that shows every row, up to a cap; the window sizes the strip to it until the tester drags. */
    private final javafx.beans.property.DoubleProperty wantedHeight =
            new javafx.beans.property.SimpleDoubleProperty(TimelineModel.contentHeight(1));
    private double dragX;
    private boolean dragged;

    public TimelineView(SessionModel model) {
        this.model = model;
        this.geo = model.timeline;
        this.t = model.texts();
        setId("timeline");
        getStyleClass().add("cl-timeline");
        setMinHeight(90);
        setPrefHeight(TimelineModel.contentHeight(8));
        rowScroll.setOrientation(Orientation.VERTICAL);
        rowScroll.setId("timelineScroll");
        rowScroll.setVisible(false);
        rowScroll.setMin(0);
        rowScroll.valueProperty().addListener(o -> redraw());
        getChildren().addAll(canvas, rowScroll);
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        model.leaks.shown().addListener((ListChangeListener<Finding>) c -> redraw());
        model.markers().addListener((ListChangeListener<Marker>) c -> redraw());
        model.leaks.selected.addListener(o -> redraw());
        model.darkTheme.addListener(o -> redraw());
        setOnScroll(e -> {
            if (e.getX() < TimelineModel.LABEL_WIDTH && rowScroll.isVisible()) {
                rowScroll.setValue(Math.max(0, Math.min(rowScroll.getMax(),
                        rowScroll.getValue() - Math.signum(e.getDeltaY()) * TimelineModel.ROW_HEIGHT * 2)));
            } else if (e.getX() < canvas.getWidth()) {
                geo.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX(), canvas.getWidth());
                redraw();
            }
            e.consume();
        });
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            geo.pan(e.getX() - dragX, canvas.getWidth());
            dragged |= Math.abs(e.getX() - dragX) > 2;
            dragX = e.getX();
            redraw();
        });
        setOnContextMenuRequested(e -> moveMenu(geo.timeAt(e.getX(), canvas.getWidth())).show(this, e.getScreenX(), e.getScreenY()));
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(t.get("timeline.hint")));
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                geo.setFollowLive(true);
                redraw();
            } else if (!dragged) {
                Finding f = e.getY() < TimelineModel.AXIS_HEIGHT ? null : geo.hit(model.leaks.shown(), rows,
                        e.getX(), e.getY() + scrollOffset(), canvas.getWidth());
                if (f != null) {
                    model.leaks.selected.set(f);
                }
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double needed = TimelineModel.contentHeight(rows.size());
        boolean scroll = needed > h + 0.5;
        double barWidth = scroll ? Math.max(10, rowScroll.prefWidth(-1)) : 0;
        rowScroll.setVisible(scroll);
        rowScroll.setMax(Math.max(0, needed - h));
        rowScroll.setVisibleAmount(Math.max(1, h - TimelineModel.AXIS_HEIGHT - TimelineModel.FOOTER_HEIGHT));
        rowScroll.setUnitIncrement(TimelineModel.ROW_HEIGHT);
        if (rowScroll.getValue() > rowScroll.getMax()) {
            rowScroll.setValue(rowScroll.getMax());
        }
        rowScroll.resizeRelocate(w - barWidth, 0, barWidth, h);
        canvas.setWidth(Math.max(0, w - barWidth));
        canvas.setHeight(h);
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.min(TimelineModel.contentHeight(rows.size()), TimelineModel.contentHeight(8));
    }

    javafx.beans.value.ObservableDoubleValue wantedHeight() {
        return wantedHeight;
    }

    private double scrollOffset() {
        return rowScroll.isVisible() ? rowScroll.getValue() : 0;
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
        List<Finding> all = model.leaks.all();
        Map<String, Integer> before = rows;
        rows = TimelineModel.rows(all);
        if (rows.size() != before.size()) {
            wantedHeight.set(computePrefHeight(-1));
            requestLayout(); // the scroll bar may have to appear
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (geo.followLive()) {
            fitAll(all);
        }
        double off = scrollOffset();
        double rowsTop = TimelineModel.AXIS_HEIGHT;
        double rowsBottom = h - TimelineModel.FOOTER_HEIGHT;
        GraphicsContext g = canvas.getGraphicsContext2D();
        TimelinePalette p = TimelinePalette.of(model.darkTheme.get());
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(FAMILY, 11));
        g.setStroke(p.grid());
        for (long tick : geo.ticks(w)) {
            double x = geo.xOf(tick, w);
            g.strokeLine(x, TimelineModel.AXIS_HEIGHT - 4, x, h);
        }
        Map<String, String> names = new java.util.HashMap<>();
        for (Finding f : all) {
            names.putIfAbsent(TimelineModel.rowKey(f), f.sdk() == null ? f.host() : t.sdkName(f.sdk()));
        }
        g.save();
        g.beginPath();
        g.rect(0, rowsTop, w, Math.max(0, rowsBottom - rowsTop));
        g.clip();
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        rows.forEach((key, row) -> {
            double y = TimelineModel.rowY(row) - off;
            if (row % 2 == 1) {
                g.setFill(p.band());
                g.fillRect(0, y - TimelineModel.ROW_HEIGHT / 2, w, TimelineModel.ROW_HEIGHT);
            }
            g.setFill(p.label());
            g.fillText(elide(names.get(key), g.getFont(), TimelineModel.LABEL_WIDTH - 8), 4, y);
        });
        for (Finding f : model.leaks.shown()) {
            double x = geo.xOf(f.timeMillis(), w);
            Integer row = rows.get(TimelineModel.rowKey(f));
            if (x < TimelineModel.LABEL_WIDTH || x > w || row == null) {
                continue;
            }
            g.setFill(Color.web(PhaseBadge.of(f.phase()).color()));
            g.fillRect(x - 1.5, TimelineModel.rowY(row) - off - 6, 3, 12);
        }
        Finding sel = model.leaks.selected.get();
        if (sel != null && rows.containsKey(TimelineModel.rowKey(sel))) {
            g.setStroke(p.selection());
            g.setLineWidth(2);
            g.strokeOval(geo.xOf(sel.timeMillis(), w) - 6, TimelineModel.rowY(rows.get(TimelineModel.rowKey(sel))) - off - 6,
                    12, 12);
            g.setLineWidth(1);
        }
        g.restore();
        g.setFont(Font.font(FAMILY, 10));
        g.setFill(p.tickText());
        for (long tick : geo.ticks(w)) {
            g.fillText(TICK.format(Instant.ofEpochMilli(tick)), geo.xOf(tick, w) + 2, 11);
        }
        g.setStroke(p.grid());
        g.strokeLine(TimelineModel.LABEL_WIDTH, 0, TimelineModel.LABEL_WIDTH, h);
        List<Marker> shown = new ArrayList<>();
        for (Marker m : model.markers()) {
            double x = geo.xOf(m.timeMillis(), w);
            if (x >= TimelineModel.LABEL_WIDTH && x <= w) {
                shown.add(m);
            }
        }
        shown.sort(Comparator.comparingLong(Marker::timeMillis));
        double[] lineXs = new double[shown.size()];
        double[] widths = new double[shown.size()];
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(g.getFont());
        for (int i = 0; i < shown.size(); i++) {
            lineXs[i] = geo.xOf(shown.get(i).timeMillis(), w);
            probe.setText(t.marker(shown.get(i).type()));
            widths[i] = probe.getLayoutBounds().getWidth();
        }
        double[] labelXs = TimelineModel.markerLabelXs(lineXs, widths, w);
        for (int i = 0; i < shown.size(); i++) {
            Marker m = shown.get(i);
            g.setStroke(p.marker(m.type()));
            g.setLineWidth(2);
            g.strokeLine(lineXs[i], 0, lineXs[i], h);
            g.setFill(p.marker(m.type()));
            g.fillText(t.marker(m.type()), labelXs[i], h - 4);
            g.setLineWidth(1);
        }
    }

    /** Cuts {@code s} with an ellipsis to fit {@code width} (fillText's maxWidth would squash the glyphs). */
    private static String elide(String s, Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        probe.setFont(font);
        if (s == null || probe.getLayoutBounds().getWidth() <= width) {
            return s;
        }
        for (int n = s.length() - 1; n > 0; n--) {
            probe.setText(s.substring(0, n).strip() + "…");
            if (probe.getLayoutBounds().getWidth() <= width) {
                return probe.getText();
            }
        }
        return "…";
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
}
