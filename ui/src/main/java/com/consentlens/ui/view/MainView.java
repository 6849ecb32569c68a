package com.consentlens.ui.view;

import com.consentlens.ui.Texts;
import com.consentlens.ui.model.SessionModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: menu, header and consent controls on top; tabs for Leaks (timeline, table, detail),
 * Flows, Summary, Profile and Export. Rebuilt as a whole when the language changes; all state is in the
 * models, so nothing is lost but the column widths.
 */
public final class MainView extends BorderPane {
    public MainView(SessionModel model, Consumer<Locale> setLocale, Consumer<Boolean> setDark, boolean dark,
                    Consumer<String> openSession) {
        Texts t = model.texts();
        setId("mainView");
        VBox top = new VBox(menu(t, setLocale, setDark, dark), new HeaderView(model, openSession),
                new ControlsView(model.controls, t));
        setTop(top);
        SplitPane tableAndDetail = new SplitPane(new LeaksView(model.leaks, t), new DetailView(model.detail, t));
        tableAndDetail.setDividerPositions(0.68);
        TimelineView timeline = new TimelineView(model);
        SplitPane leaks = new SplitPane(timeline, tableAndDetail);
        leaks.setOrientation(Orientation.VERTICAL);
        leaks.setDividerPositions(0.22);
        fitTimeline(leaks, timeline);
        SummaryView summary = new SummaryView(model);
        Tab leaksTab = new Tab(t.get("tab.leaks"), leaks);
        Tab summaryTab = new Tab(t.get("tab.summary"), summary);
        summaryTab.setOnSelectionChanged(e -> {
            if (summaryTab.isSelected()) {
                summary.refresh();
            }
        });
        TabPane tabs = new TabPane(leaksTab, new Tab(t.get("tab.flows"), new FlowsView(model)), summaryTab,
                new Tab(t.get("tab.profile"), new ProfileView(model.profile, model.port(), t)),
                new Tab(t.get("tab.export"), new ExportView(model.export, t, model.port().sessionName())));
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /** The strip grows with its rows (up to a cap, then it scrolls) until the tester drags the divider. */
    private static void fitTimeline(SplitPane split, TimelineView timeline) {
        boolean[] auto = {true};
        Runnable fit = () -> {
            double h = split.getHeight();
            if (auto[0] && h > 0) {
                split.setDividerPositions(Math.min(0.32, (timeline.wantedHeight().get() + 4) / h));
            }
        };
        split.heightProperty().addListener(o -> fit.run());
        timeline.wantedHeight().addListener(o -> fit.run());
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && (n.getStyleClass().contains("split-pane-divider")
                    || n.getParent() != null && n.getParent().getStyleClass().contains("split-pane-divider"))) {
                auto[0] = false;
            }
        });
    }

    private static MenuBar menu(Texts t, Consumer<Locale> setLocale, Consumer<Boolean> setDark, boolean dark) {
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem en = new RadioMenuItem("English");
        RadioMenuItem zh = new RadioMenuItem("简体中文");
        en.setId("langEnglish");
        zh.setId("langChinese");
        en.setToggleGroup(langs);
        zh.setToggleGroup(langs);
        (t.chinese() ? zh : en).setSelected(true);
        en.setOnAction(e -> setLocale.accept(Texts.ENGLISH));
        zh.setOnAction(e -> setLocale.accept(Texts.CHINESE));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(t.get("menu.light"));
        RadioMenuItem darkItem = new RadioMenuItem(t.get("menu.dark"));
        light.setId("themeLight");
        darkItem.setId("themeDark");
        light.setToggleGroup(themes);
        darkItem.setToggleGroup(themes);
        (dark ? darkItem : light).setSelected(true);
        light.setOnAction(e -> setDark.accept(false));
        darkItem.setOnAction(e -> setDark.accept(true));
        Menu language = new Menu(t.get("menu.language"), null, en, zh);
        Menu theme = new Menu(t.get("menu.theme"), null, light, darkItem);
        return new MenuBar(new Menu(t.get("menu.view"), null, language, theme));
    }
}
