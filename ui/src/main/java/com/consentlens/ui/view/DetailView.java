package com.consentlens.ui.view;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Finding;
import com.consentlens.model.Violation;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.DecodedPayload;
import com.consentlens.ui.model.DetailContent;
import com.consentlens.ui.model.DetailModel;
import com.consentlens.ui.model.PhaseBadge;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The detail pane: the selected leak's verdict (phase, rules and their citations), the request with the
 * matched text highlighted, the payload as decoded (the layers from the wire to the leak, and the readable
 * layer holding it with the match highlighted), the hex of the body, and the decoding chain.
 */
public final class DetailView extends VBox {
    private final Texts t;
    private final Label title = new Label();
    private final VBox verdict = new VBox(4);
    private final TextFlow request = new TextFlow();
    private final ScrollPane requestScroll = new ScrollPane(request);
    private final TextArea hex = new TextArea();
    private final VBox chain = new VBox(2);
    private final VBox layers = new VBox(2);
    private final TextFlow decoded = new TextFlow();
    private final ScrollPane decodedScroll = new ScrollPane(new VBox(6, layers, decoded));
    private final StructureView structure;
    private final Button copyRequest = new Button();
    private final Button copyDecoded = new Button();
    private String requestText = "";
    private Finding currentFinding;
    private String decodedText = "";

    public DetailView(DetailModel model, Texts t) {
        this.t = t;
        setId("detail");
        setSpacing(6);
        setPadding(new Insets(6));
        title.setWrapText(true);
        title.getStyleClass().add("title-4");
        hex.setEditable(false);
        hex.getStyleClass().add("cl-mono");
        request.getStyleClass().add("cl-mono");
        request.setId("detailRequest");
        decoded.getStyleClass().add("cl-mono");
        decoded.setId("detailDecoded");
        layers.setId("detailLayers");
        decodedScroll.setFitToWidth(true);
        structure = new StructureView(t);
        copyRequest.setText(t.get("detail.copy"));
        copyRequest.setId("copyRequest");
        copyRequest.setOnAction(e -> copy(requestText));
        copyDecoded.setText(t.get("detail.copy"));
        copyDecoded.setId("copyDecoded");
        copyDecoded.setOnAction(e -> copy(decodedText));
        TabPane tabs = new TabPane(
                new Tab(t.get("detail.request"), withCopy(requestScroll, copyRequest)),
                new Tab(t.get("detail.decoded"), withCopy(decodedScroll, copyDecoded)),
                new Tab(t.get("detail.structure"), structure),
                new Tab(t.get("detail.hex"), hex),
                new Tab(t.get("detail.chain"), new ScrollPane(chain)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, verdict, tabs);
        model.finding.addListener((o, old, f) -> {
            currentFinding = f;
            showVerdict(f);
        });
        model.content.addListener((o, old, c) -> showContent(c));
        model.missingFlow.addListener((o, old, id) -> {
            if (id != null) {
                title.setText(t.format("detail.missing", id));
            }
        });
        currentFinding = model.finding.get();
        showVerdict(currentFinding);
        showContent(model.content.get());
    }

    private void showVerdict(Finding f) {
        verdict.getChildren().clear();
        if (f == null) {
            return;
        }
        Label phase = new Label(t.phase(f.phase()));
        phase.getStyleClass().addAll("cl-badge", PhaseBadge.of(f.phase()).styleClass());
        Label what = new Label(t.format("detail.what", t.pii(f.pii()), f.maskedValue(), t.sdk(f.sdk()), f.host()));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        verdict.getChildren().addAll(phase, what);
        for (Violation v : f.violations()) {
            Label rule = new Label("⚠ " + t.violation(v) + "\n    " + t.citation(v));
            rule.setWrapText(true);
            // without this a VBox squeezes wrapped labels to one line and the citation is cut off
            rule.setMinHeight(Region.USE_PREF_SIZE);
            rule.getStyleClass().add("cl-rule");
            verdict.getChildren().add(rule);
        }
    }

    private static void scrollTo(ScrollPane scroll, TextFlow flow, Text match) {
        if (match.getParent() != flow) {
            return; // the selection changed meanwhile
        }
        scroll.layout();
        javafx.scene.Node inside = scroll.getContent();
        double content = inside.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content > view && view > 0) {
            double y = inside.sceneToLocal(match.localToScene(match.getBoundsInLocal())).getMinY() - view / 3;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (content - view))));
        }
    }

    /** Lays the segments out in {@code flow}, matches highlighted; returns the first match, if any. */
    private static Text fill(TextFlow flow, java.util.List<DetailContent.Segment> segments) {
        Text firstMatch = null;
        for (DetailContent.Segment s : segments) {
            Text piece = new Text(s.text());
            if (s.match()) {
                firstMatch = firstMatch == null ? piece : firstMatch;
                piece.getStyleClass().add("cl-match");
                piece.setStyle("-fx-fill: #cf222e; -fx-font-weight: bold; -fx-underline: true;");
            }
            flow.getChildren().add(piece);
        }
        return firstMatch;
    }

    /** The layers from the wire to the leak, one a line, and the readable layer holding it in full. */
    private void showDecoded(DecodedPayload p) {
        if (p.layers().isEmpty()) {
            Label hint = new Label(t.get("detail.decoded.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            layers.getChildren().add(hint);
            return;
        }
        String previousPath = "";
        for (int i = 0; i < p.layers().size(); i++) {
            DecodedLayer l = p.layers().get(i);
            // a path is shown where it changes: base64 and gzip of a form field sit at the field's path
            boolean newPath = !l.path().isEmpty() && !l.path().equals(previousPath);
            previousPath = l.path();
            String line = (i + 1) + ". " + StructureView.partLabel(t, l.step(), newPath ? l.path() : "", l.length(),
                    l.text() == null) + (i == p.shown() ? "  ◀ " + t.get("detail.decoded.shown") : "");
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("cl-mono");
            if (i == p.shown()) {
                label.setStyle("-fx-font-weight: bold;");
            }
            layers.getChildren().add(label);
        }
        Text firstMatch = fill(decoded, p.text());
        decodedScroll.setVvalue(0);
        decodedScroll.setHvalue(0);
        if (firstMatch != null) {
            javafx.application.Platform.runLater(() -> scrollTo(decodedScroll, decoded, firstMatch));
        }
    }

    /** A tab's content with a copy button above it: a text flow cannot be selected, so this is how to quote it. */
    private static BorderPane withCopy(ScrollPane content, Button copy) {
        copy.getStyleClass().addAll("small", "flat");
        HBox bar = new HBox(copy);
        bar.setAlignment(Pos.CENTER_RIGHT);
        BorderPane pane = new BorderPane(content);
        pane.setTop(bar);
        return pane;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String joined(java.util.List<DetailContent.Segment> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private void showContent(DetailContent c) {
        request.getChildren().clear();
        chain.getChildren().clear();
        layers.getChildren().clear();
        decoded.getChildren().clear();
        requestText = c == null ? "" : joined(c.request());
        decodedText = c == null ? "" : joined(c.decoded().text());
        copyRequest.setDisable(requestText.isEmpty());
        copyDecoded.setDisable(decodedText.isEmpty());
        if (c == null) {
            hex.clear();
            structure.show(java.util.List.of(), null);
            return;
        }
        structure.show(c.tree(), currentFinding);
        title.setText(c.requestLine());
        Text firstMatch = fill(request, c.request());
        requestScroll.setVvalue(0);
        requestScroll.setHvalue(0);
        if (firstMatch != null) {
            Text target = firstMatch;
            // the match is often in the body, below a screenful of headers: bring it into view once laid out
            javafx.application.Platform.runLater(() -> scrollTo(requestScroll, request, target));
        }
        showDecoded(c.decoded());
        hex.setText(c.hex());
        c.chain().forEach(step -> chain.getChildren().add(new Label(step)));
        if (!c.chain().isEmpty() && !c.highlighted()) {
            Label note = new Label(t.get("detail.notLiteral"));
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            chain.getChildren().add(note);
        }
    }
}
