package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IvAnalyzerTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);
    private static final double TOLERANCE = 1e-12;
    private static final IvSummary TODAY = new IvSummary(
            "ABC",
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2020, 3, 26),
            100,
            100,
            0.30,
            OptionalDouble.of(0.28),
            OptionalDouble.of(0.32),
            new IvSummary.ChainSummary(10, 20, 1000, 1000, 10, 10));

    /** Thirty stored IVs 0.10, 0.11, ..., 0.39: twenty are below today's 0.30, so the percentile is 20/30. */
    @Test
    void test_assess_storedIvHistory() {
        List<Double> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(0.10 + 0.01 * i);
        }

        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.of(TODAY), history, RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.current()).isEqualTo(0.30);
        assertThat(iv.historySource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(iv.statistics().ivPercentile()).isCloseTo(20.0 / 30, within(TOLERANCE));
        assertThat(iv.skew25Delta().getAsDouble()).isCloseTo(0.04, within(TOLERANCE));
        assertThat(iv.usesRealizedFallback()).isFalse();
        assertThat(iv.meanReversion()).isEqualTo(IvAssessment.MeanReversion.NONE);
    }

    /** No stored IVs: today's 0.30 ranks against a flat realised volatility of about 0.16, so it tops the history. */
    @Test
    void test_assess_realizedFallbackWithoutIvHistory() {
        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.of(TODAY), List.of(), RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.historySource()).isEqualTo(VolatilitySource.REALIZED);
        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(iv.usesRealizedFallback()).isTrue();
        assertThat(iv.statistics().ivPercentile()).isEqualTo(1);
        assertThat(iv.statistics().observations()).isEqualTo(40);
        assertThat(iv.environment()).isEqualTo(IvEnvironment.VERY_HIGH);
        assertThat(iv.meanReversion()).isEqualTo(IvAssessment.MeanReversion.EXPECT_FALL);
    }

    @Test
    void test_assess_noPricedOptionUsesRealizedVolatility() {
        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.empty(), List.of(), RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.REALIZED);
        assertThat(iv.current()).isCloseTo(iv.realizedVolatility(), within(TOLERANCE));
        assertThat(iv.skew25Delta()).isEmpty();
    }

    @Test
    void test_assess_insufficientHistory() {
        assertThat(IvAnalyzer.assess(
                        Optional.of(TODAY), List.of(), RealizedVolatilityTest.alternatingOnePercent(10), FAR))
                .isEqualTo(new InsufficientHistory("realized volatility 20", 21, 10));
    }
}
