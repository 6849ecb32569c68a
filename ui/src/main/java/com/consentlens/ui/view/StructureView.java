package com.consentlens.ui.view;

import com.consentlens.model.DecodedNode;
import com.consentlens.model.Finding;
import com.consentlens.ui.Texts;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The detail pane's "Structure" tab: the whole request as the detectors decode it, as a tree (URL, headers,
 * cookies, body, and under each its form fields, base64 and gzip layers, JSON members…), with the selected
 * node's text below. A tester opens a blob no detector flagged and reads what is inside; with a leak
 * selected, the tree opens at the leak's place.
 */
public final class StructureView extends SplitPane {
    private final Texts t;
    private final TreeView<DecodedNode> tree = new TreeView<>();
    private final TextArea text = new TextArea();

    public StructureView(Texts t) {
        this.t = t;
        setOrientation(Orientation.VERTICAL);
        tree.setId("structureTree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(DecodedNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : label(n));
            }
        });
        text.setId("structureText");
        text.setPrefRowCount(4);
        text.setMinHeight(36);
        tree.setMinHeight(72); // a cramped pane still shows a few rows of the tree above the text
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("cl-mono");
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> showText(item));
        getItems().addAll(tree, text);
        setDividerPositions(0.55);
    }

    String label(DecodedNode n) {
        return partLabel(t, n.step(), n.path(), n.length(), n.text() == null);
    }

    /** One decoded part on one line: step, path (when given), size, and "binary" for bytes that are not text. */
    static String partLabel(Texts t, String step, String path, int length, boolean binary) {
        return (step.isEmpty() ? t.get("detail.decoded.part") : step) + (path.isEmpty() ? "" : "  ·  " + path)
                + "  ·  " + t.format("detail.decoded.bytes", length) + (binary ? "  ·  " + t.get("detail.decoded.binary") : "");
    }

    private void showText(TreeItem<DecodedNode> item) {
        DecodedNode n = item == null ? null : item.getValue();
        text.setText(n == null ? "" : n.text() != null ? n.text() : t.format("detail.structure.binary", n.length()));
    }

    /** Shows {@code nodes}, opened at {@code f}'s place when a leak is selected, else at the body. */
    public void show(List<DecodedNode> nodes, Finding f) {
        TreeItem<DecodedNode> root = new TreeItem<>();
        for (DecodedNode n : nodes) {
            root.getChildren().add(item(n));
        }
        tree.setRoot(root);
        TreeItem<DecodedNode> target = f == null ? null : find(root, f);
        if (target == null) {
            root.getChildren().stream().filter(i -> i.getValue().step().equals("body")).findFirst()
                    .ifPresent(i -> i.setExpanded(true));
            text.setText(nodes.isEmpty() ? "" : t.get("detail.structure.hint"));
            return;
        }
        for (TreeItem<DecodedNode> p = target.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        tree.getSelectionModel().select(target);
        int row = tree.getRow(target);
        tree.scrollTo(Math.max(0, row - 3));
    }

    private static TreeItem<DecodedNode> item(DecodedNode n) {
        TreeItem<DecodedNode> item = new TreeItem<>(n);
        for (DecodedNode c : n.children()) {
            item.getChildren().add(item(c));
        }
        return item;
    }

    /**
     * The deepest node at the finding's path and wire part (the last one decoded there), or for a finding
     * about a group its first member; null when none.
     */
    private static TreeItem<DecodedNode> find(TreeItem<DecodedNode> item, Finding f) {
        TreeItem<DecodedNode> found = null;
        for (TreeItem<DecodedNode> c : item.getChildren()) {
            if (item.getParent() == null && !c.getValue().step().equals(f.where().wireName())) {
                continue; // a root of another wire part
            }
            TreeItem<DecodedNode> below = find(c, f);
            if (below != null) {
                found = below;
            } else if (found == null && (c.getValue().path().equals(f.path()) || inGroup(c.getValue().path(), f.path()))) {
                found = c;
            }
        }
        return found;
    }

    /**
     * True when {@code path} is a member of the group a finding names: a pair of siblings
     * ({@code $.loc.{lat,lng}} holds {@code $.loc.lat}) or a list ({@code $.apps} holds {@code $.apps[0]}).
     */
    static boolean inGroup(String path, String target) {
        int brace = target.indexOf(".{");
        String base = brace >= 0 ? target.substring(0, brace) : target;
        return !base.isEmpty() && path.length() > base.length() && path.startsWith(base)
                && (path.charAt(base.length()) == '[' || brace >= 0 && path.charAt(base.length()) == '.');
    }
}
