package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests of {@link PositionValue}: the P&amp;L on an array of prices is the per-price P&amp;L, bit for bit. */
class PositionValueTest {

    /** Entry, mid-life, the near expiry of {@link ExitFixtures#MARKET} and after every expiry. */
    private static final double[] ELAPSED_YEARS = {0, 5 / 365.0, 30 / 365.0, 45 / 365.0, 90 / 365.0};

    /** A zero underlying, deep in and out of the money, around the strikes of {@link ExitFixtures#MARKET}. */
    private static final double[] PRICES = {0, 1e-9, 3.7, 700, 1349.5, 1400, 1450, 1499.99, 1500, 1553.1, 1650, 4e4};

    static Stream<StrategyDefinition> definitions() {
        return StrategyRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void test_pnl_onPrices_equalsPerPricePnl(StrategyDefinition definition) {
        Candidate candidate = ExitFixtures.candidate(definition);
        for (double volScale : new double[] {1.0, 0.7}) {
            PositionValue position = new PositionValue(candidate, volScale);
            double[] out = new double[PRICES.length];
            for (double elapsed : ELAPSED_YEARS) {
                position.pnl(elapsed, PRICES, out);

                for (int j = 0; j < PRICES.length; j++) {
                    assertThat(out[j])
                            .as("%s scale %s after %s years at %s", definition.name(), volScale, elapsed, PRICES[j])
                            .isEqualTo(position.pnl(elapsed, PRICES[j]));
                }
            }
        }
    }

    @Test
    void test_pnl_onPrices_outTooShort_rejected() {
        PositionValue position = new PositionValue(ExitFixtures.candidate(StrategyRegistry.get("Iron Condor")), 1.0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> position.pnl(0.01, new double[] {1400, 1500}, new double[1]))
                .withMessageContaining("out must hold 2 values but has 1");
    }
}
