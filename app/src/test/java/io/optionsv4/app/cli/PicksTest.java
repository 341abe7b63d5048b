package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PicksTest {

    @Test
    void test_parse_numbersAndRanges_zeroBasedSortedWithoutRepeats() {
        assertThat(Picks.parse(" 5, 1 3-4,3 ", 10)).containsExactly(0, 2, 3, 4);
    }

    @Test
    void test_parse_refusesOutOfRangeAndGarbage() {
        assertThatThrownBy(() -> Picks.parse("0", 5)).hasMessage("'0' is outside 1-5");
        assertThatThrownBy(() -> Picks.parse("4-9", 5)).hasMessage("'4-9' is outside 1-5");
        assertThatThrownBy(() -> Picks.parse("3-1", 5)).hasMessage("'3-1' is outside 1-5");
        assertThatThrownBy(() -> Picks.parse("two", 5)).hasMessage("'two' is not a number or a range like 3-5");
        assertThatThrownBy(() -> Picks.parse("1-2-3", 5)).hasMessageContaining("'1-2-3'");
    }
}
