package com.consentlens.ui.model;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live leaks table as data: every finding of the session, the filter the tester set, what the filter
 * keeps, and counts — per phase, and per filter dimension (how many leaks each active filter alone keeps) —
 * so the tester sees at once "37 before consent". Plain JavaFX properties and lists; must only be touched on
 * one thread (the FX thread in the window, the test thread in tests).
 */
public final class LeaksModel {
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all);
    private final Set<Long> ids = new HashSet<>();
    private final Map<String, SdkAttribution> sdks = new LinkedHashMap<>();
    private final ObservableList<SdkAttribution> observedSdks = FXCollections.observableArrayList();
    private final ObservableList<PiiType> observedTypes = FXCollections.observableArrayList();

    public final ObjectProperty<Phase> phaseFilter = new SimpleObjectProperty<>();
    public final StringProperty sdkFilter = new SimpleStringProperty();
    public final ObjectProperty<PiiType> piiFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<Violation> violationFilter = new SimpleObjectProperty<>();
    public final StringProperty textFilter = new SimpleStringProperty("");
    public final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();

    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty shownCount = new SimpleIntegerProperty();
    private final Map<Phase, IntegerProperty> perPhase = new EnumMap<>(Phase.class);
    private final ObjectProperty<Map<String, Integer>> perFilter = new SimpleObjectProperty<>(Map.of());

    public LeaksModel() {
        for (Phase p : Phase.values()) {
            perPhase.put(p, new SimpleIntegerProperty());
        }
        phaseFilter.addListener(o -> refilter());
        sdkFilter.addListener(o -> refilter());
        piiFilter.addListener(o -> refilter());
        violationFilter.addListener(o -> refilter());
        textFilter.addListener(o -> refilter());
    }

    /** Appends new findings (duplicates by id are ignored: a recomputed list may already hold them). */
    public void add(List<Finding> findings) {
        List<Finding> fresh = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.id() == 0 || ids.add(f.id())) {
                fresh.add(f);
            }
        }
        all.addAll(fresh);
        recount();
    }

    /** Replaces every finding, e.g. after a marker moved and all verdicts were recomputed. */
    public void replaceAll(List<Finding> findings) {
        Finding sel = selected.get();
        ids.clear();
        sdks.clear();
        findings.forEach(f -> ids.add(f.id()));
        all.setAll(findings);
        if (sel != null) {
            selected.set(findings.stream().filter(f -> f.id() == sel.id()).findFirst().orElse(null));
        }
        recount();
    }

    public LeakFilter currentFilter() {
        return new LeakFilter(phaseFilter.get(), sdkFilter.get(), piiFilter.get(), violationFilter.get(),
                textFilter.get());
    }

    public void clearFilters() {
        phaseFilter.set(null);
        sdkFilter.set(null);
        piiFilter.set(null);
        violationFilter.set(null);
        textFilter.set("");
    }

    private void refilter() {
        shown.setPredicate(currentFilter());
        recount();
    }

    private void recount() {
        LeakFilter f = currentFilter();
        int[] phases = new int[Phase.values().length];
        int sdk = 0, pii = 0, violation = 0, text = 0;
        Set<PiiType> types = new HashSet<>(observedTypes);
        for (Finding x : all) {
            if (x.phase() != null) {
                phases[x.phase().ordinal()]++;
            }
            sdk += f.matchesSdk(x) ? 1 : 0;
            pii += f.matchesPii(x) ? 1 : 0;
            violation += f.matchesViolation(x) ? 1 : 0;
            text += f.text().isEmpty() ? 0 : f.matchesText(x) ? 1 : 0;
            if (x.sdk() != null && !sdks.containsKey(x.sdk().id())) {
                sdks.put(x.sdk().id(), x.sdk());
            }
            types.add(x.pii());
        }
        for (Phase p : Phase.values()) {
            perPhase.get(p).set(phases[p.ordinal()]);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (f.sdkId() != null) {
            counts.put("sdk", sdk);
        }
        if (f.pii() != null) {
            counts.put("pii", pii);
        }
        if (f.violation() != null) {
            counts.put("violation", violation);
        }
        if (!f.text().isEmpty()) {
            counts.put("text", text);
        }
        perFilter.set(counts);
        total.set(all.size());
        shownCount.set(shown.size());
        if (!observedSdks.equals(List.copyOf(sdks.values()))) {
            observedSdks.setAll(sdks.values());
        }
        if (observedTypes.size() != types.size()) {
            observedTypes.setAll(types.stream().sorted().toList());
        }
    }

    public ObservableList<Finding> all() {
        return all;
    }

    /** The filtered view the table shows (wrap it in a SortedList for column sorting). */
    public FilteredList<Finding> shown() {
        return shown;
    }

    public ObservableList<SdkAttribution> observedSdks() {
        return observedSdks;
    }

    public ObservableList<PiiType> observedTypes() {
        return observedTypes;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty shownProperty() {
        return shownCount;
    }

    public IntegerProperty countProperty(Phase phase) {
        return perPhase.get(phase);
    }

    /** For each active filter other than phase ("sdk", "pii", "violation", "text"): how many leaks it alone keeps. */
    public ObjectProperty<Map<String, Integer>> perFilterProperty() {
        return perFilter;
    }
}
