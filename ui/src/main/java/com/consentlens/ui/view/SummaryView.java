package com.consentlens.ui.view;

import com.consentlens.model.PiiType;
import com.consentlens.ui.Texts;
import com.consentlens.ui.model.SessionModel;
import com.consentlens.ui.model.SummaryMatrix;
import com.consentlens.ui.model.TwoLists;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Summary tab: the SDK × data-type matrix ("before / after" consent counts per cell) and the 双清单 view.
 * Rebuilt on demand (tab shown, Refresh) rather than per batch, since it is a read-only overview.
 */
public final class SummaryView extends ScrollPane {
    private final SessionModel model;
    private final Texts t;
    private final GridPane matrix = new GridPane();
    private final VBox twoLists = new VBox(4);

    public SummaryView(SessionModel model) {
        this.model = model;
        this.t = model.texts();
        setId("summary");
        matrix.setId("summaryMatrix");
        matrix.setHgap(12);
        matrix.setVgap(4);
        matrix.getStyleClass().add("cl-matrix");
        Button refresh = new Button(t.get("summary.refresh"));
        refresh.setOnAction(e -> refresh());
        Label matrixTitle = new Label(t.get("summary.matrix"));
        matrixTitle.getStyleClass().add("title-3");
        Label legend = new Label(t.get("summary.legend"));
        legend.getStyleClass().add("text-muted");
        Label listsTitle = new Label(t.get("summary.twoLists"));
        listsTitle.getStyleClass().add("title-3");
        VBox content = new VBox(8, refresh, matrixTitle, legend, matrix, listsTitle, twoLists);
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
        refresh();
    }

    public void refresh() {
        List<SummaryMatrix.Row> rows = SummaryMatrix.of(model.leaks.all());
        List<PiiType> cols = SummaryMatrix.columns(rows);
        matrix.getChildren().clear();
        matrix.add(header(t.get("summary.sdk")), 0, 0);
        for (int c = 0; c < cols.size(); c++) {
            matrix.add(header(t.pii(cols.get(c))), c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            SummaryMatrix.Row row = rows.get(r);
            matrix.add(new Label(row.sdk() == null ? row.host() : t.sdk(row.sdk())), 0, r + 1);
            for (int c = 0; c < cols.size(); c++) {
                SummaryMatrix.Cell cell = row.cells().get(cols.get(c));
                Label l = new Label(cell == null ? "" : cell.before() + " / " + cell.after());
                if (cell != null && cell.before() > 0) {
                    l.getStyleClass().add("cl-danger-text");
                }
                matrix.add(l, c + 1, r + 1);
            }
        }
        TwoLists lists = TwoLists.of(model.port().profile().app(), model.port().sdkCatalog(), model.leaks.all());
        twoLists.getChildren().clear();
        for (TwoLists.Entry e : lists.entries()) {
            String name = e.sdk() == null ? e.id() : (t.chinese() ? e.sdk().displayNameZh() : e.sdk().nameEn())
                    + " · " + e.sdk().vendor();
            String state = t.get(e.undeclared() ? "summary.undeclared" : e.observed() ? "summary.declaredSeen"
                    : "summary.declaredUnseen");
            String types = e.observedTypes().stream().map(t::pii).collect(Collectors.joining(", "));
            Label l = new Label(state + "  " + name + (types.isEmpty() ? "" : "  — " + types));
            if (e.undeclared()) {
                l.getStyleClass().add("cl-danger-text");
            }
            twoLists.getChildren().add(l);
        }
        if (!lists.unattributedHosts().isEmpty()) {
            twoLists.getChildren().add(new Label(t.format("summary.unattributed",
                    String.join(", ", lists.unattributedHosts()))));
        }
        if (lists.entries().isEmpty()) {
            twoLists.getChildren().add(new Label(t.get("summary.nothing")));
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
