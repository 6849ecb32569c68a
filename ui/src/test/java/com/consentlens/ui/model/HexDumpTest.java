package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HexDumpTest {
    @Test
    void format_oneLine_offsetHexAscii() {
        String dump = HexDump.format("imei=8675\u0001".getBytes(StandardCharsets.ISO_8859_1), 1024);
        // 6 missing bytes pad 3 columns each, after the byte's own trailing space and before the " |".
        assertThat(dump).isEqualTo("00000000  69 6d 65 69 3d 38 36 37  35 01" + " ".repeat(20) + "|imei=8675.|\n");
    }

    @Test
    void format_overLimit_saysWhatWasLeftOut() {
        String dump = HexDump.format(new byte[40], 32);
        assertThat(dump.lines()).hasSize(3);
        assertThat(dump).endsWith("… 8 more bytes\n");
    }
}
