package com.consentlens.evidence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "lab-1", "shop_1.2.0", "Run.2026-11-23", "0", "consent", "console", "com10",
            "x23456789012345678901234567890123456789012345678901234567890abcd"})
    void validate_acceptsPortableNames(String name) {
        assertThat(SessionName.validate(name)).isEqualTo(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # name                | message contains
            ``                    | must not be empty
            .                     | invalid session name
            ..                    | invalid session name
            ../x                  | invalid session name
            a/b                   | invalid session name
            a\\b                  | invalid session name
            /etc                  | invalid session name
            .hidden               | invalid session name
            -rf                   | invalid session name
            trailing.             | not ending with '.'
            `a b`                 | invalid session name
            测试                   | invalid session name
            café                  | invalid session name
            con                   | reserved device name on Windows
            CON                   | reserved device name on Windows
            nul.db                | reserved device name on Windows
            lpt1                  | reserved device name on Windows
            x234567890123456789012345678901234567890123456789012345678901abcde | longer than 64
            """)
    void validate_rejectsPathTricksAndNonPortableNames(String name, String message) {
        String n = name == null ? "" : name;
        assertThatThrownBy(() -> SessionName.validate(n)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\nb", "\u0000"})
    void validate_rejectsControlCharactersWithOneLineMessage(String name) {
        assertThatThrownBy(() -> SessionName.validate(name)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/../../b", ".."})
    void pathOf_neverLeavesSessionsDirectory(String name) {
        SessionDirectory dir = new SessionDirectory(Path.of("/data"));
        assertThatThrownBy(() -> dir.pathOf(name)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.pathOf("ok-name")).isEqualTo(Path.of("/data/sessions/ok-name"));
    }
}
