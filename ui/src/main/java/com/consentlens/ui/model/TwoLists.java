package com.consentlens.ui.model;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Finding;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import com.consentlens.model.Sdk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 双清单 check (2021 two lists; 工信部信管〔2023〕26号): the SDKs the app declares in its third-party sharing
 * list against the SDKs that were actually seen receiving personal data, and which data types each received.
 * An observed SDK that is not declared is the UNDECLARED_SDK problem; a declared SDK that was never observed
 * is only informational (it may not have run during the test).
 */
public record TwoLists(List<Entry> entries, Set<String> unattributedHosts) {

    /** One SDK of either list. {@code sdk} is null when the declared id is not in the catalog. */
    public record Entry(String id, Sdk sdk, boolean declared, boolean observed, Set<PiiType> observedTypes) {
        public boolean undeclared() {
            return observed && !declared;
        }
    }

    public static TwoLists of(AppProfile app, List<Sdk> catalog, List<Finding> findings) {
        Map<String, Sdk> byId = new LinkedHashMap<>();
        catalog.forEach(s -> byId.put(s.id(), s));
        Map<String, Set<PiiType>> observed = new LinkedHashMap<>();
        Set<String> hosts = new TreeSet<>();
        for (Finding f : findings) {
            if (f.party() != Party.THIRD) {
                continue;
            }
            if (f.sdk() == null) {
                hosts.add(f.host());
            } else {
                observed.computeIfAbsent(f.sdk().id(), k -> EnumSet.noneOf(PiiType.class)).add(f.pii());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (String id : observed.keySet()) {
            if (!app.declares(id)) {
                entries.add(new Entry(id, byId.get(id), false, true, observed.get(id)));
            }
        }
        for (String id : app.declaredSdks()) {
            Set<PiiType> types = observed.getOrDefault(id, EnumSet.noneOf(PiiType.class));
            entries.add(new Entry(id, byId.get(id), true, observed.containsKey(id), types));
        }
        return new TwoLists(List.copyOf(entries), hosts);
    }

    public long undeclaredCount() {
        return entries.stream().filter(Entry::undeclared).count();
    }
}
