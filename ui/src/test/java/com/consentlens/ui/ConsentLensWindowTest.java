package com.consentlens.ui;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.ProxyEvent;
import java.util.List;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke tests of the real window, headless under Monocle: the session port is the in-memory fixture. */
@ExtendWith(ApplicationExtension.class)
class ConsentLensWindowTest {
    private InMemorySessionPort port;
    private ConsentLensWindow window;

    @TempDir
    Path dir;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        port = new InMemorySessionPort("demo", true);
        port.addPastSession(new InMemorySessionPort("yesterday", false));
        window = ConsentLensWindow.show(stage, port);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static TableView<Finding> leaks(FxRobot robot) {
        return robot.lookup("#leaksTable").queryTableView();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** The theme menu item with this id, found through the menu bar (menu items are not scene nodes). */
    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.ArrayDeque<javafx.scene.control.MenuItem> pending = new java.util.ArrayDeque<>(bar.getMenus());
        while (!pending.isEmpty()) {
            javafx.scene.control.MenuItem item = pending.pop();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                pending.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item #" + id);
    }

    /** The timeline canvas's colour at its top-left corner (the axis strip, painted with the background). */
    private static javafx.scene.paint.Color timelineCorner(FxRobot robot) {
        javafx.scene.canvas.Canvas canvas = (javafx.scene.canvas.Canvas) robot.lookup("#timeline")
                .queryAs(javafx.scene.layout.Pane.class).getChildren().get(0);
        javafx.scene.paint.Color[] out = new javafx.scene.paint.Color[1];
        robot.interact(() -> out[0] = canvas.snapshot(null, null).getPixelReader().getColor(2, 2));
        return out[0];
    }

    @Test
    void darkTheme_repaintsTheTimelineDarkAndBack(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        port.feed(raw(t0, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        assertThat(timelineCorner(robot).getBrightness()).as("light strip").isGreaterThan(0.9);

        robot.interact(() -> menuItem(robot, "themeDark").fire());
        waitUntil(() -> timelineCorner(robot).getBrightness() < 0.2);

        robot.interact(() -> menuItem(robot, "themeLight").fire());
        waitUntil(() -> timelineCorner(robot).getBrightness() > 0.9);
    }

    @Test
    void show_displaysFedFindingsAndProxyHeader(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        port.feed(raw(t0, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        port.feed(raw(t0 + 1, UMENG, PiiType.OAID, "ulogs.umeng.com", "f-2"));
        port.feed(raw(t0 + 2, JPUSH, PiiType.ANDROID_ID, "api.jpush.cn", "f-3"));
        waitUntil(() -> leaks(robot).getItems().size() == 3);
        waitUntil(() -> robot.lookup("#proxyAddress").queryAs(Label.class).getText().contains("192.168.1.20:8080"));
        assertThat(robot.lookup("#proxyState").queryAs(Label.class).getText()).contains("listening");
        // the badges are drawn on the pulse after the rows arrive
        waitUntil(() -> robot.lookup(".phase-before").queryAll().size() == 3);
        assertThat(robot.lookup("#leakCounts").queryAs(Label.class).getText()).isEqualTo("Showing 3 of 3 leaks");
        assertThat(robot.lookup("#phase-before-consent").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("before consent (3)");
    }

    @Test
    void markConsent_laterFindingsShowAfterConsent(FxRobot robot) throws Exception {
        port.feed(raw(System.currentTimeMillis() - 5_000, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.clickOn("#markConsent");
        waitUntil(() -> port.markers().size() == 1);
        port.feed(raw(System.currentTimeMillis() + 1, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-2"));
        waitUntil(() -> leaks(robot).getItems().size() == 2);
        assertThat(leaks(robot).getItems()).extracting(Finding::flowId, Finding::phase).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("f-1", Phase.BEFORE_CONSENT),
                org.assertj.core.groups.Tuple.tuple("f-2", Phase.AFTER_CONSENT));
        // one query for the badge and its text: a pulse may redraw the table's cells between two lookups
        waitUntil(() -> robot.lookup(".phase-after").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && "after consent".equals(l.getText())));
        assertThat(robot.lookup("#markStatus").queryAs(Label.class).getText()).startsWith("Consent marked at");
    }

    @Test
    void shortcut_ctrlShiftC_marksConsent(FxRobot robot) throws Exception {
        robot.clickOn("#leaksTable");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> port.markers().size() == 1);
        assertThat(port.markers().get(0).type()).isEqualTo(com.consentlens.model.MarkerType.CONSENT);
    }

    @Test
    void filter_narrowsTable(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        port.feed(raw(t0, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        port.feed(raw(t0 + 1, UMENG, PiiType.OAID, "ulogs.umeng.com", "f-2"));
        port.feed(raw(t0 + 2, JPUSH, PiiType.OAID, "api.jpush.cn", "f-3"));
        waitUntil(() -> leaks(robot).getItems().size() == 3);
        robot.clickOn("#filterText").write("jpush");
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        assertThat(leaks(robot).getItems().get(0).flowId()).isEqualTo("f-3");
        assertThat(robot.lookup("#leakCounts").queryAs(Label.class).getText())
                .isEqualTo("Showing 1 of 3 leaks  ·  text: 1");
        robot.interact(() -> window.model().leaks.textFilter.set(""));
        robot.interact(() -> window.model().leaks.piiFilter.set(PiiType.OAID));
        waitUntil(() -> leaks(robot).getItems().size() == 2);
    }

    @Test
    void selectLeak_detailShowsRequestWithMatchHighlighted(FxRobot robot) throws Exception {
        port.addExchange(Fixtures.exchange("f-1", "ulogs.umeng.com",
                "{\"header\":{\"imei\":\"" + Fixtures.IMEI + "\"}}"), null);
        Finding raw = raw(System.currentTimeMillis(), UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1");
        port.feed(new Finding(0, raw.timeMillis(), "f-1", "", "POST", raw.url(), raw.host(), raw.party(), raw.sdk(),
                raw.pii(), raw.match(), raw.value(), raw.where(), raw.path(), List.of("json"), Fixtures.IMEI, null,
                List.of()));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.interact(() -> leaks(robot).getSelectionModel().select(0));
        // the Leaks and Flows tabs each hold a detail pane on the same model, so the match appears once in each
        waitUntil(() -> robot.lookup(".cl-match").queryAll().size() == 2);
        assertThat(robot.lookup(".cl-match").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).containsOnly(Fixtures.IMEI);
        assertThat(robot.lookup(".cl-rule").queryAll()).hasSizeGreaterThanOrEqualTo(2); // 337号 (一) and (三)
    }

    /** Visible with all its ancestors: in the tab the tester is looking at. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void decodedTab_showsTheLayersAndTheBatchBehindABase64Blob(FxRobot robot) throws Exception {
        String oaid = "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
        String batch = "[{\"properties\":{\"$oaid\":\"" + oaid + "\"}}]";
        port.addExchange(Fixtures.exchange("f-1", "sdk.datasink.sensorsdata.cn", "data_list=H4sIAAAAAAAAA"), null);
        port.layers = List.of(new DecodedLayer("body", "", 24, "data_list=H4sIAAAAAAAAA"),
                new DecodedLayer("form", "form.data_list", 13, "H4sIAAAAAAAAA"),
                new DecodedLayer("base64", "form.data_list", 9, null),
                new DecodedLayer("gzip", "form.data_list", batch.length(), batch),
                new DecodedLayer("json", "form.data_list>$[0].properties.$oaid", 36, oaid));
        Finding raw = raw(System.currentTimeMillis(), UMENG, PiiType.OAID, "sdk.datasink.sensorsdata.cn", "f-1");
        port.feed(new Finding(0, raw.timeMillis(), "f-1", "", "POST", raw.url(), raw.host(), raw.party(), raw.sdk(),
                raw.pii(), raw.match(), oaid, raw.where(), "form.data_list>$[0].properties.$oaid",
                List.of("form", "base64", "gzip", "json"), oaid, null, List.of()));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.interact(() -> leaks(robot).getSelectionModel().select(0));
        // each of the Leaks and Flows tabs has a detail pane: click the one the tester sees
        robot.clickOn(robot.lookup("Decoded").queryAll().stream().filter(ConsentLensWindowTest::shown).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup(".tab-pane > .tab-header-area .tab:selected").queryAll().stream()
                .filter(ConsentLensWindowTest::shown).anyMatch(tab -> tab.lookup(".tab-label") instanceof Label l
                        && l.getText().equals("Decoded")));

        waitUntil(() -> !robot.lookup("#detailDecoded .cl-match").queryAll().isEmpty());
        assertThat(robot.lookup("#detailDecoded .cl-match").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).containsOnly(oaid);
        String shown = robot.lookup("#detailDecoded").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
        assertThat(shown).contains("\"$oaid\": \"" + oaid + "\"");
        List<String> lines = robot.lookup("#detailLayers .label").queryAllAs(Label.class).stream().map(Label::getText)
                .distinct().toList();
        // a text flow cannot be selected: the copy button puts the payload on the clipboard, as shown
        robot.clickOn(robot.lookup("#copyDecoded").queryAll().stream().filter(ConsentLensWindowTest::shown).findFirst().orElseThrow());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(shown);
        assertThat(lines).containsExactly("1. body  ·  24 B", "2. form  ·  form.data_list  ·  13 B",
                "3. base64  ·  9 B  ·  binary", "4. gzip  ·  " + batch.length() + " B  ◀ shown below",
                "5. json  ·  form.data_list>$[0].properties.$oaid  ·  36 B");
    }

    @Test
    void structureTab_opensAtTheLeakAndShowsEachPartsText(FxRobot robot) throws Exception {
        String oaid = "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
        String batch = "[{\"$oaid\":\"" + oaid + "\"}]";
        DecodedNode leaf = new DecodedNode("json", "form.data_list>$[0].$oaid", 36, oaid, List.of());
        DecodedNode gzip = new DecodedNode("gzip", "form.data_list", batch.length(), batch, List.of(leaf));
        DecodedNode base64 = new DecodedNode("base64", "form.data_list", 40, null, List.of(gzip));
        DecodedNode field = new DecodedNode("form", "form.data_list", 56, "H4sIAAAA", List.of(base64));
        List<DecodedNode> request = List.of(new DecodedNode("url", "", 30, "https://sdk.datasink.sensorsdata.cn/sa", List.of()),
                new DecodedNode("body", "", 66, "data_list=H4sIAAAA", List.of(field)));
        port.trees = e -> request;
        port.addExchange(Fixtures.exchange("f-1", "sdk.datasink.sensorsdata.cn", "data_list=H4sIAAAA"), null);
        Finding raw = raw(System.currentTimeMillis(), UMENG, PiiType.OAID, "sdk.datasink.sensorsdata.cn", "f-1");
        port.feed(new Finding(0, raw.timeMillis(), "f-1", "", "POST", raw.url(), raw.host(), raw.party(), raw.sdk(),
                raw.pii(), raw.match(), oaid, raw.where(), "form.data_list>$[0].$oaid",
                List.of("form", "base64", "gzip", "json"), oaid, null, List.of()));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.interact(() -> leaks(robot).getSelectionModel().select(0));
        robot.clickOn(robot.lookup("Structure").queryAll().stream().filter(ConsentLensWindowTest::shown).findFirst().orElseThrow());

        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<DecodedNode> tree = robot.lookup("#structureTree").queryAll().stream()
                .filter(ConsentLensWindowTest::shown).map(n -> (javafx.scene.control.TreeView<DecodedNode>) n)
                .findFirst().orElseThrow();
        waitUntil(() -> tree.getSelectionModel().getSelectedItem() != null);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isEqualTo(leaf);
        javafx.scene.control.TextArea text = robot.lookup("#structureText").queryAll().stream()
                .filter(ConsentLensWindowTest::shown).map(n -> (javafx.scene.control.TextArea) n).findFirst().orElseThrow();
        assertThat(text.getText()).isEqualTo(oaid);

        robot.interact(() -> tree.getSelectionModel().select(tree.getSelectionModel().getSelectedItem().getParent()));
        assertThat(text.getText()).isEqualTo(batch);
        robot.interact(() -> tree.getSelectionModel().select(tree.getSelectionModel().getSelectedItem().getParent()));
        assertThat(text.getText()).startsWith("(binary: 40 bytes");
        assertThat(robot.lookup("#structureTree .tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .map(c -> c.getText()).filter(java.util.Objects::nonNull))
                .contains("gzip  ·  form.data_list  ·  " + batch.length() + " B", "base64  ·  form.data_list  ·  40 B  ·  binary");
    }

    @Test
    void profileTab_readFromPhone_fillsTheFormOrSaysWhy(FxRobot robot) throws Exception {
        robot.clickOn("Profile");
        robot.clickOn("#profileFromPhone");
        waitUntil(() -> robot.lookup("#profileStatus").queryAs(Label.class).getText().contains("no ready device"));

        port.phone = base -> new com.consentlens.model.Profile(new com.consentlens.model.DeviceProfile("M2012K11AC",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of("3c2f8a9b1d4e5f60"), List.of(),
                List.of("R58N12345AB"), List.of(), List.of(), null, List.of(), List.of("com.tencent.mm", "com.taobao.taobao"), List.of()),
                base.app());
        robot.clickOn("#profileFromPhone");
        waitUntil(() -> robot.lookup("#profileStatus").queryAs(Label.class).getText().startsWith("Read from the phone"));
        assertThat(robot.lookup("#profile-androidId").queryTextInputControl().getText()).isEqualTo("3c2f8a9b1d4e5f60");
        assertThat(robot.lookup("#profile-installedApps").queryTextInputControl().getText())
                .isEqualTo("com.tencent.mm\ncom.taobao.taobao");
        assertThat(robot.lookup("#profileFromPhone").queryButton().isDisabled()).isFalse();
    }

    @Test
    void flowsAndSummaryTabs_showExchangesEventsAndMatrix(FxRobot robot) throws Exception {
        port.addExchange(Fixtures.exchange("f-1", "ulogs.umeng.com", "{}"), null);
        port.addExchange(Fixtures.exchange("f-2", "pinned.example.com", ""), "client rejected our certificate");
        port.addEvent(new ProxyEvent(System.currentTimeMillis(), ProxyEvent.Kind.BLIND_SPOT, "127.0.0.1",
                "pinned.example.com", "TLS handshake aborted by client"));
        port.feed(raw(System.currentTimeMillis(), UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.clickOn("Flows");
        waitUntil(() -> robot.lookup("#flowsTable").queryTableView().getItems().size() == 2);
        waitUntil(() -> robot.lookup("#eventsList").queryListView().getItems().size() == 1);
        robot.clickOn("Summary");
        waitUntil(() -> robot.lookup("#summaryMatrix .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("1 / 0")));
        assertThat(robot.lookup("#summary .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(s -> s.startsWith("✗ not declared, observed:") && s.contains("Umeng Analytics"));
    }

    @Test
    void flowsTab_showsSdkAndPhase_andNarrowsToThirdPartiesWithoutConsent(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        port.addExchange(at(Fixtures.exchange("f-1", "ulogs.umeng.com", "<encrypted>"), t0 - 5_000), null, com.consentlens.model.SdkAttribution.of(UMENG),
                com.consentlens.model.Party.THIRD);
        port.addExchange(at(Fixtures.exchange("f-2", "api.example-shop.com", "{}"), t0 - 4_000), null, null,
                com.consentlens.model.Party.FIRST);
        robot.clickOn("Flows");
        javafx.scene.control.TableView<?> flows = robot.lookup("#flowsTable").queryTableView();
        waitUntil(() -> flows.getItems().size() == 2);
        robot.clickOn("#markConsent");
        waitUntil(() -> port.markers().size() == 1);
        port.addExchange(at(Fixtures.exchange("f-3", "ulogs.umeng.com", "<encrypted>"), System.currentTimeMillis() + 1_000),
                null, com.consentlens.model.SdkAttribution.of(UMENG), com.consentlens.model.Party.THIRD);
        waitUntil(() -> flows.getItems().size() == 3);
        waitUntil(() -> robot.lookup("#flowsTable .phase-before").queryAll().size() == 2
                && robot.lookup("#flowsTable .phase-after").queryAll().size() == 1);
        // cells are filled on the next layout pulse after the rows arrive: wait for their text, do not sample it
        waitUntil(() -> robot.lookup("#flowsTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(javafx.scene.control.TableCell::getText).toList()
                .containsAll(List.of("Umeng Analytics", "the app's own")));

        robot.clickOn("#flowsThirdPartyBeforeConsent");

        waitUntil(() -> flows.getItems().size() == 1);
        assertThat(((ExchangeSummary) flows.getItems().get(0)).flowId()).isEqualTo("f-1");
    }

    private static com.consentlens.model.Exchange at(com.consentlens.model.Exchange e, long startMillis) {
        return e.toBuilder().startMillis(startMillis).endMillis(startMillis + 50).build();
    }

    @Test
    void readOnlySession_markButtonsDisabled(FxRobot robot) throws Exception {
        robot.interact(() -> window = ConsentLensWindow.show(new Stage(), port.openSession("yesterday")));
        Button consent = robot.lookup("#markConsent").match(n -> n.getScene() == window.stage().getScene())
                .queryButton();
        assertThat(consent.isDisabled()).isTrue();
        assertThat(window.stage().getTitle()).contains("yesterday").contains("read-only");
    }

    @Test
    void setLocale_chinese_rebuildsTextsInPlace(FxRobot robot) throws Exception {
        port.feed(raw(System.currentTimeMillis(), UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        robot.interact(() -> window.setLocale(Texts.CHINESE));
        assertThat(robot.lookup("#markConsent").queryButton().getText()).isEqualTo("标记同意");
        waitUntil(() -> robot.lookup(".phase-before").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && "同意前".equals(l.getText())));
        assertThat(leaks(robot).getItems()).hasSize(1);
        assertThat(window.stage().getTitle()).contains("实时");
    }

    @Test
    void snapshot_writesDecodablePng(FxRobot robot) throws Exception {
        port.feed(raw(System.currentTimeMillis(), UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        Path png = dir.resolve("window.png");
        window.snapshot(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) window.stage().getScene().getWidth());
        assertThat(img.getHeight()).isEqualTo((int) window.stage().getScene().getHeight());
    }

    @Test
    void filterRow_allControlsFitAndDataTypeComboShowsAll(FxRobot robot) throws Exception {
        port.feed(raw(System.currentTimeMillis(), UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        waitUntil(() -> leaks(robot).getItems().size() == 1);
        javafx.scene.control.ComboBox<?> pii = robot.lookup("#filterPii").queryComboBox();
        javafx.scene.control.ListCell<?> button = pii.getButtonCell();
        assertThat(button.getText()).isEqualTo("All data types");
        assertThat(pii.getWidth()).isGreaterThanOrEqualTo(120);
        double sceneWidth = window.stage().getScene().getWidth();
        for (String id : List.of("#filterSdk", "#filterPii", "#filterViolation", "#filterText", "#leakCounts")) {
            javafx.scene.Node n = robot.lookup(id).query();
            assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id).isLessThanOrEqualTo(sceneWidth);
        }
    }

    @Test
    void timeline_manySdks_rowsScrollInsteadOfOverlapping(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        for (int i = 0; i < 14; i++) {
            port.feed(raw(t0 + i, null, PiiType.IMEI, "host" + i + ".example.com", "f-" + i));
        }
        waitUntil(() -> leaks(robot).getItems().size() == 14);
        // 14 rows at a readable height do not fit the strip's capped height: a scroll bar appears
        waitUntil(() -> robot.lookup("#timelineScroll").query().isVisible());
        javafx.scene.Node timeline = robot.lookup("#timeline").query();
        assertThat(timeline.getLayoutBounds().getHeight()).isGreaterThan(
                com.consentlens.ui.model.TimelineModel.contentHeight(6));
    }

    @Test
    void selectFirstLeak_selectsMatchingLeakFromAnotherThread(FxRobot robot) throws Exception {
        long t0 = System.currentTimeMillis();
        port.feed(raw(t0, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        port.feed(raw(t0 + 1, JPUSH, PiiType.OAID, "api.jpush.cn", "f-2"));
        waitUntil(() -> leaks(robot).getItems().size() == 2);
        java.util.Optional<Finding> picked = window.selectFirstLeak(f -> f.host().contains("jpush"));
        assertThat(picked).map(Finding::flowId).contains("f-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leaks(robot).getSelectionModel().getSelectedItem().flowId()).isEqualTo("f-2");
        assertThat(window.selectFirstLeak(f -> false)).isEmpty();
    }
}
