package io.optionsv4.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.PlanFigures;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.testdata.Settings;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking discriminates (issue 13, item 6) on the whole universe of the 3 January 2020 replay and of the simulated
 * market of 7 December 2026 (seed 42), moderate, top 3: the conviction levels spread as docs/strategy-ranking.md
 * states (about 10 % HIGH or VERY_HIGH, 40 % MEDIUM, 50 % LOW or VERY_LOW, each within the tolerance below; HIGH or
 * above 4-22 %: the bands are absolute, and the sim's plans are better than the replay's), and the
 * total score ranks the strategies by their expected P&amp;L under the plan (Spearman).
 */
class RankingDistributionTest {

    /** How far a level's share may be from its target on one day: the calibration is on both days together. */
    private static final double SHARE_TOLERANCE = 0.10;

    /** The rank correlation of the total score with the EV under the plan must at least reach this. */
    private static final double MIN_SPEARMAN = 0.6;

    private static List<RankedStrategy> replay;
    private static List<RankedStrategy> sim;

    @BeforeAll
    static void analyseBothDays() {
        replay = kept(
                new BhavcopyReplayMarketData(ProjectData.directory()),
                LocalDate.of(2020, 1, 3),
                Instant.parse("2020-01-03T11:00:00Z"));
        sim = kept(new SimulatedMarketData(42), LocalDate.of(2026, 12, 7), Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void test_conviction_replay_levelsSpreadAsStated() {
        assertSpread(replay, "replay");
    }

    @Test
    void test_conviction_sim_levelsSpreadAsStated() {
        assertSpread(sim, "sim");
    }

    @Test
    void test_totalScore_replay_ranksByEvUnderThePlan() {
        assertThat(spearman(replay)).as("replay").isGreaterThanOrEqualTo(MIN_SPEARMAN);
    }

    @Test
    void test_totalScore_sim_ranksByEvUnderThePlan() {
        assertThat(spearman(sim)).as("sim").isGreaterThanOrEqualTo(MIN_SPEARMAN);
    }

    private static List<RankedStrategy> kept(MarketData data, LocalDate asOf, Instant now) {
        TestClock clock = new TestClock(now);
        AnalysisPipeline pipeline = new AnalysisPipeline(
                data,
                Optional.empty(),
                Optional.empty(),
                new MarketConditionsService(data, Optional.empty(), MarketStateEvaluator.DEFAULT, clock),
                Settings.defaults(),
                clock,
                2);
        AnalysisRun run = pipeline.run(
                new AnalysisRequest(asOf, List.of(), OptionalInt.empty(), RiskTolerance.MODERATE, 3, true),
                ProgressListener.NONE);
        return run.outcomes().stream()
                .filter(SymbolOutcome.Analysed.class::isInstance)
                .map(SymbolOutcome.Analysed.class::cast)
                .flatMap(a -> a.strategies().stream())
                .toList();
    }

    private static void assertSpread(List<RankedStrategy> strategies, String day) {
        Map<Conviction, Integer> counts = new EnumMap<>(Conviction.class);
        strategies.forEach(s -> counts.merge(s.ranked().conviction(), 1, Integer::sum));
        double n = strategies.size();
        double high = (counts.getOrDefault(Conviction.HIGH, 0) + counts.getOrDefault(Conviction.VERY_HIGH, 0)) / n;
        double medium = counts.getOrDefault(Conviction.MEDIUM, 0) / n;
        double low = (counts.getOrDefault(Conviction.LOW, 0) + counts.getOrDefault(Conviction.VERY_LOW, 0)) / n;
        double[] totals = strategies.stream()
                .mapToDouble(s -> s.ranked().totalScore())
                .sorted()
                .toArray();
        double[] returns = strategies.stream()
                .mapToDouble(s -> s.planProbabilities().expectedPnl()
                        / Math.max(1, PlanFigures.capitalFromMaxLoss(s.ranked().candidate())))
                .sorted()
                .toArray();
        System.out.printf(
                "%s: %d strategies, %s, spearman %.3f, total p10/p50/p90 %.1f %.1f %.1f, EV/capital %.4f %.4f %.4f%n",
                day,
                strategies.size(),
                counts,
                spearman(strategies),
                q(totals, 0.1),
                q(totals, 0.5),
                q(totals, 0.9),
                q(returns, 0.1),
                q(returns, 0.5),
                q(returns, 0.9));

        assertThat(strategies).as(day).hasSizeGreaterThan(100);
        assertThat(high).as(day + " HIGH or above").isBetween(0.04, 0.10 + SHARE_TOLERANCE + 0.02);
        assertThat(medium).as(day + " MEDIUM").isBetween(0.40 - SHARE_TOLERANCE, 0.40 + SHARE_TOLERANCE);
        // Fixed bands on two different days: after costs and margin the sim's plans sit higher (LOW or below 39 %)
        // than the replay's (59 %), so this share gets the wider tolerance; the bands sit between the two days.
        assertThat(low)
                .as(day + " LOW or below")
                .isBetween(0.50 - SHARE_TOLERANCE - 0.05, 0.50 + SHARE_TOLERANCE + 0.05);
    }

    private static double q(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** Spearman's rank correlation of the total score with the expected P&amp;L under the plan (average ranks). */
    static double spearman(List<RankedStrategy> strategies) {
        double[] x = ranks(
                strategies.stream().mapToDouble(s -> s.ranked().totalScore()).toArray());
        double[] y = ranks(strategies.stream()
                .mapToDouble(s -> s.planProbabilities().expectedPnl())
                .toArray());
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }
}
