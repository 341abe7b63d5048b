package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.candidate;
import static io.optionsv4.core.selection.SelectionFixtures.capital;
import static io.optionsv4.core.selection.SelectionFixtures.strikes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbabilityFilterTest {

    private static final double RUPEE = 1e-6;

    private final ProbabilityFilter filter = new ProbabilityFilter(capital());

    private static Candidate spread(double pop, Amount maxProfit, Amount maxLoss) {
        return candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .figures(new StrategyFigures(maxProfit, maxLoss, List.of(102.0), pop, 10))
                .build();
    }

    @ParameterizedTest
    @CsvSource({"CONSERVATIVE, 4500000, 90000", "MODERATE, 7500000, 375000", "AGGRESSIVE, 12000000, 1200000"})
    void test_capital_optionsCapitalAndMaxLossPerTrade(RiskTolerance tolerance, double options, double maxLoss) {
        assertThat(capital().optionsCapital(tolerance)).isCloseTo(options, within(RUPEE));
        assertThat(capital().maxLossPerTrade(tolerance)).isCloseTo(maxLoss, within(RUPEE));
    }

    @ParameterizedTest
    @CsvSource({
        "CONSERVATIVE, 0.45, 'PoP 44.9% < 45.0%'",
        "MODERATE, 0.25, 'PoP 24.9% < 25.0%'",
        "AGGRESSIVE, 0.15, 'PoP 14.9% < 15.0%'"
    })
    void test_check_popBoundary(RiskTolerance tolerance, double threshold, String detail) {
        Candidate at = spread(threshold, Amount.of(1000), Amount.of(500));
        Candidate below = spread(threshold - 0.001, Amount.of(1000), Amount.of(500));

        assertThat(filter.check(at, tolerance)).isEmpty();
        assertThat(filter.check(below, tolerance))
                .contains(new Rejection("Bull Call Spread", RejectionReason.BELOW_POP_THRESHOLD, detail));
    }

    @Test
    void test_check_popDetailAsInTheIssue() {
        assertThat(filter.check(spread(0.182, Amount.of(1000), Amount.of(500)), RiskTolerance.MODERATE))
                .map(Rejection::detail)
                .contains("PoP 18.2% < 25.0%");
    }

    @ParameterizedTest
    @CsvSource({"CONSERVATIVE, 90000", "MODERATE, 375000", "AGGRESSIVE, 1200000"})
    void test_check_maxLossBoundary(RiskTolerance tolerance, double limit) {
        assertThat(filter.check(spread(0.6, Amount.of(1000), Amount.of(limit)), tolerance))
                .isEmpty();

        Optional<Rejection> above = filter.check(spread(0.6, Amount.of(1000), Amount.of(limit + 1)), tolerance);

        assertThat(above).map(Rejection::reason).contains(RejectionReason.ABOVE_MAX_LOSS);
        assertThat(above.orElseThrow().detail())
                .contains(io.optionsv4.core.money.RupeeFormat.format(limit))
                .contains(tolerance.label());
    }

    @Test
    void test_check_noReward() {
        assertThat(filter.check(spread(0.6, Amount.of(0), Amount.of(100)), RiskTolerance.AGGRESSIVE))
                .map(Rejection::reason)
                .contains(RejectionReason.NO_REWARD);
        assertThat(filter.check(spread(0.6, Amount.of(-5), Amount.of(100)), RiskTolerance.AGGRESSIVE))
                .map(Rejection::reason)
                .contains(RejectionReason.NO_REWARD);
    }

    @Test
    void test_check_popCheckedBeforeReward() {
        assertThat(filter.check(spread(0.1, Amount.of(0), Amount.of(1e9)), RiskTolerance.MODERATE))
                .map(Rejection::reason)
                .contains(RejectionReason.BELOW_POP_THRESHOLD);
    }

    @Test
    void test_check_unlimitedProfitPasses() {
        assertThat(filter.check(spread(0.4, Amount.UNLIMITED, Amount.of(100)), RiskTolerance.MODERATE))
                .isEmpty();
    }

    @Test
    void test_check_unlimitedLossOnlyForAggressive() {
        Candidate straddle =
                candidate("Short Straddle", strikes(100), 3, 3).lots(1).build();

        assertThat(straddle.figures().maxLoss().isUnlimited()).isTrue();
        assertThat(filter.check(straddle, RiskTolerance.MODERATE))
                .map(Rejection::reason)
                .contains(RejectionReason.ABOVE_MAX_LOSS);
        assertThat(filter.check(straddle, RiskTolerance.CONSERVATIVE)).isPresent();
        assertThat(filter.check(straddle, RiskTolerance.AGGRESSIVE)).isEmpty();
    }

    @Test
    void test_check_unlimitedLossAboveStressLimit() {
        // 5.49 rupees per unit at +2 sigma; 1,200,000 / (5.49 x 50) = 4,371 lots reach the aggressive limit
        Candidate small =
                candidate("Short Straddle", strikes(100), 3, 3).lots(4300).build();
        Candidate large =
                candidate("Short Straddle", strikes(100), 3, 3).lots(4500).build();

        assertThat(filter.check(small, RiskTolerance.AGGRESSIVE)).isEmpty();
        assertThat(filter.check(large, RiskTolerance.AGGRESSIVE))
                .map(Rejection::detail)
                .hasValueSatisfying(d -> assertThat(d).startsWith("unlimited max loss: 2-sigma stress loss ₹"));
    }

    @Test
    void test_check_substantialLossTestedAtItsStressLossExceptForConservative() {
        // Put 100 sold at 3 with spot 100, vol 20%, 27 days: 2-sigma low 89.69, loss 7.31 per unit, 365.6 per lot of 50
        Candidate fits =
                candidate("Cash-Secured Put", strikes(100), 3).lots(500).build();
        Candidate tooLarge =
                candidate("Cash-Secured Put", strikes(100), 3).lots(1100).build();

        assertThat(fits.figures().maxLoss().orElse(0)).isGreaterThan(375_000);
        assertThat(ProbabilityFilter.stressLoss(fits).getAsDouble()).isLessThan(375_000);
        assertThat(filter.check(fits, RiskTolerance.MODERATE)).isEmpty();
        assertThat(filter.check(fits, RiskTolerance.AGGRESSIVE)).isEmpty();
        assertThat(filter.check(fits, RiskTolerance.CONSERVATIVE))
                .map(Rejection::reason)
                .contains(RejectionReason.ABOVE_MAX_LOSS);
        assertThat(filter.check(tooLarge, RiskTolerance.MODERATE))
                .map(Rejection::detail)
                .hasValueSatisfying(d -> assertThat(d).contains("2-sigma stress loss ₹"));
    }

    @Test
    void test_stressLoss_shortStraddleAtTheUpperEnd() {
        Candidate straddle = candidate("Short Straddle", strikes(100), 3, 3).build();
        double width = 2 * 0.2 * Math.sqrt(27 / 365.0);
        double up = 100 * Math.exp(width) - 100 - 6;
        double down = 100 - 100 * Math.exp(-width) - 6;

        assertThat(up).isGreaterThan(down);
        assertThat(ProbabilityFilter.stressLoss(straddle).getAsDouble()).isCloseTo(50 * up, within(RUPEE));
    }

    @Test
    void test_stressLoss_worstAtAStrikeInside() {
        Candidate straddle = candidate("Long Straddle", strikes(100), 3, 3).build();

        assertThat(ProbabilityFilter.stressLoss(straddle).getAsDouble()).isCloseTo(50 * 6, within(RUPEE));
    }

    @Test
    void test_stressLoss_noLossInRange() {
        Candidate farCall = candidate("Short Straddle", strikes(100), 30, 30).build();

        assertThat(ProbabilityFilter.stressLoss(farCall).getAsDouble()).isZero();
    }

    @Test
    void test_stressLoss_twoExpiriesEmpty() {
        Candidate calendar = candidate("Calendar Spread", strikes(100), 2, 3).build();

        assertThat(ProbabilityFilter.stressLoss(calendar)).isEmpty();
    }

    @Test
    void test_capital_everyToleranceNeeded() {
        assertThatThrownBy(() ->
                        new CapitalSettings(1e7, Map.of(RiskTolerance.MODERATE, new RiskLimits(0.25, 0.05, 0.25))))
                .hasMessageContaining("CONSERVATIVE")
                .hasMessageContaining("AGGRESSIVE");
        assertThatThrownBy(() -> new RiskLimits(0.25, 0, 0.25)).hasMessageContaining("maxLossFraction");
        assertThatThrownBy(() -> new RiskLimits(1.25, 0.1, 0.25)).hasMessageContaining("minProbabilityOfProfit");
    }
}
