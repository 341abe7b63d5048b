package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.testdata.Chains;
import io.optionsv4.core.testdata.Chains.Strike;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedMovesTest {

    /** Spot 100, ATM IV 20 %, 73 days: one sigma = 100 · 0.2 · √(73/365) = 8.944, two sigma 17.889. */
    @Test
    void test_of_oneAndTwoSigmaPerExpiry() {
        var far = Chains.chain(100, 73, new Strike(100, 10, 10, 1, 1, 0.20));
        var near = Chains.chain(100, 7, new Strike(100, 10, 10, 1, 1, 0.25));

        List<ExpiryMove> moves = ExpectedMoves.of("ABC", List.of(far, near));

        assertThat(moves).extracting(ExpiryMove::calendarDays).containsExactly(7, 73);
        ExpiryMove move = moves.get(1);
        double oneSigma = 100 * 0.2 * Math.sqrt(73 / 365.0);
        assertThat(move.oneSigma()).isCloseTo(oneSigma, within(1e-9));
        assertThat(move.twoSigma()).isCloseTo(2 * oneSigma, within(1e-9));
        assertThat(move.lower(1)).isCloseTo(100 - oneSigma, within(1e-9));
        assertThat(move.upper(2)).isCloseTo(100 + 2 * oneSigma, within(1e-9));
    }
}
