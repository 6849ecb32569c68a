package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPrettyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "{\"a\":1}|{\\n  \"a\": 1\\n}",
            "[1,2]|[\\n  1,\\n  2\\n]",
            "{\"s\":\"x,{y}:\\\"z\"}|{\\n  \"s\": \"x,{y}:\\\"z\"\\n}",
            "{\"e\":{},\"l\":[]}|{\\n  \"e\": {},\\n  \"l\": []\\n}",
            "{\"n\":1.50e3}|{\\n  \"n\": 1.50e3\\n}",
            "imei=8675|null",
            "{\"open\":\"never closed}|null"})
    void format_table(String in, String expected) {
        String want = expected == null ? null : expected.replace("\\n", "\n");
        assertThat(JsonPretty.format(in)).isEqualTo(want);
    }
}
