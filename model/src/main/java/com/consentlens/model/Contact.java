package com.consentlens.model;

import java.util.List;

/** One address-book entry on the test phone; uploading contacts (even hashed) is a leak of third parties' data. */
public record Contact(String name, List<String> phones, List<String> emails) {
    public Contact {
        name = name == null ? "" : name;
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
