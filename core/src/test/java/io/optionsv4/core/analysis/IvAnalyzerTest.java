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

    /** The series traded has an ATM IV of 0.31; the day's 30-day constant-maturity IV is 0.30. */
    private static final IvSummary TODAY = new IvSummary(
            "ABC",
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2020, 3, 26),
            100,
            100,
            0.31,
            OptionalDouble.of(0.28),
            OptionalDouble.of(0.32),
            new IvSummary.ChainSummary(10, 20, 1000, 1000, 10, 10),
            OptionalDouble.of(0.30));

    /** Thirty stored IVs 0.10, 0.11, ..., 0.39: twenty are below today's 0.30, so the percentile is 20/30. */
    @Test
    void test_assess_storedIvHistory_ranksTheThirtyDayIv() {
        List<Double> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(0.10 + 0.01 * i);
        }

        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.of(TODAY), history, RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.current()).isEqualTo(0.30);
        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(iv.historyObservations()).isEqualTo(30);
        assertThat(iv.statistics().orElseThrow().ivPercentile()).isCloseTo(20.0 / 30, within(TOLERANCE));
        assertThat(iv.statistics().orElseThrow().observations()).isEqualTo(31);
        assertThat(iv.skew25Delta().getAsDouble()).isCloseTo(0.04, within(TOLERANCE));
        assertThat(iv.usesRealizedFallback()).isFalse();
        assertThat(iv.meanReversion()).contains(IvAssessment.MeanReversion.NONE);
        assertThat(iv.environment()).isPresent();
        assertThat(iv.rankUnavailable()).isEmpty();
    }

    /**
     * Too little stored history: no rank, percentile or environment, and a reason; never a rank against realised
     * volatility (before issue 13 today's 0.30 ranked against a realised 0.16 and came out VERY_HIGH).
     */
    @Test
    void test_assess_tooLittleIvHistory_rankUnavailable() {
        List<Double> nineteen = new ArrayList<>();
        for (int i = 0; i < IvAnalyzer.MIN_IV_HISTORY - 1; i++) {
            nineteen.add(0.2);
        }

        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.of(TODAY), nineteen, RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.current()).isEqualTo(0.30);
        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.IMPLIED);
        assertThat(iv.statistics()).isEmpty();
        assertThat(iv.environment()).isEmpty();
        assertThat(iv.meanReversion()).isEmpty();
        assertThat(iv.historyObservations()).isEqualTo(19);
        assertThat(iv.rankUnavailable()).contains("19 stored 30-day ATM IVs before today, 20 needed");
        assertThat(iv.usesRealizedFallback()).isFalse();
    }

    @Test
    void test_assess_noPricedOption_realisedStandsInAndThereIsNoRank() {
        List<Double> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            history.add(0.2);
        }

        IvAssessment iv = (IvAssessment)
                IvAnalyzer.assess(Optional.empty(), history, RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.currentSource()).isEqualTo(VolatilitySource.REALIZED);
        assertThat(iv.current()).isCloseTo(iv.realizedVolatility().getAsDouble(), within(TOLERANCE));
        assertThat(iv.skew25Delta()).isEmpty();
        assertThat(iv.statistics()).isEmpty();
        assertThat(iv.rankUnavailable()).contains("no priced ATM option today, so no implied volatility to rank");
        assertThat(iv.usesRealizedFallback()).isTrue();
    }

    @Test
    void test_assess_summaryOfOneChainUsesItsAtmIv() {
        IvSummary oneChain = new IvSummary(
                "ABC",
                TODAY.tradeDate(),
                TODAY.expiry(),
                100,
                100,
                0.31,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                TODAY.chain(),
                OptionalDouble.empty());

        IvAssessment iv = (IvAssessment) IvAnalyzer.assess(
                Optional.of(oneChain), List.of(), RealizedVolatilityTest.alternatingOnePercent(60), FAR);

        assertThat(iv.current()).isEqualTo(0.31);
    }

    @Test
    void test_assessFromChains_noRealisedVolatility_rankAsUsual() {
        List<Double> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(0.10 + 0.01 * i);
        }

        IvAssessment iv = (IvAssessment) IvAnalyzer.assessFromChains(Optional.of(TODAY), history);

        assertThat(iv.current()).isEqualTo(0.30);
        assertThat(iv.realizedVolatility()).isEmpty();
        assertThat(iv.statistics().orElseThrow().ivPercentile()).isCloseTo(20.0 / 30, within(TOLERANCE));
        assertThat(IvAnalyzer.assessFromChains(Optional.empty(), history)).isInstanceOf(InsufficientHistory.class);
    }

    @Test
    void test_assess_insufficientHistory() {
        assertThat(IvAnalyzer.assess(
                        Optional.of(TODAY), List.of(), RealizedVolatilityTest.alternatingOnePercent(10), FAR))
                .isEqualTo(new InsufficientHistory("realized volatility 20", 21, 10));
    }
}
