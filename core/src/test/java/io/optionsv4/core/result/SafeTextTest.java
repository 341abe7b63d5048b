package io.optionsv4.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Echoed input is short and free of control characters. */
class SafeTextTest {

    @Test
    void test_quote_escapesTerminalEscapes() {
        assertThat(SafeText.quote("a\u001b[2Jb\nc\u202e")).isEqualTo("'a\\u001b[2Jb\\nc\\u202e'");
    }

    @Test
    void test_quote_truncatesLongInput() {
        String quoted = SafeText.quote("x".repeat(5000));
        assertThat(quoted).hasSizeLessThan(SafeText.MAX_LENGTH + 30).endsWith("…(5000 chars)'");
    }

    @Property(tries = 500)
    void test_escape_neverContainsControlCharacters(@ForAll String text) {
        String escaped = SafeText.escape(text);
        assertThat(escaped.chars()
                        .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
                .isTrue();
        assertThat(escaped.length()).isLessThanOrEqualTo(SafeText.MAX_LENGTH * 6 + 20);
    }
}
