package com.consentlens.model;

import java.util.List;

/**
 * One entry of the SDK catalog: a third-party SDK that ships inside apps and the hosts it talks to.
 * {@code sources} keeps the provenance of the entry (URLs or {@code owner/repo:path@commit}); a catalog row
 * without a source is not a fact.
 */
public record Sdk(String id, String nameEn, String nameZh, String vendor, List<String> categories,
                  List<String> hostPatterns, List<String> idFields, List<String> sources, String privacyUrl) {
    public Sdk {
        categories = List.copyOf(categories);
        hostPatterns = List.copyOf(hostPatterns);
        idFields = List.copyOf(idFields);
        sources = List.copyOf(sources);
        nameZh = nameZh == null ? "" : nameZh;
        privacyUrl = privacyUrl == null ? "" : privacyUrl;
    }

    /** The Chinese name where the catalog has one, else the English name. */
    public String displayNameZh() {
        return nameZh.isBlank() ? nameEn : nameZh;
    }
}
