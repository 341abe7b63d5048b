package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.blankContext;
import static io.optionsv4.core.selection.SelectionFixtures.candidate;
import static io.optionsv4.core.selection.SelectionFixtures.preferences;
import static io.optionsv4.core.selection.SelectionFixtures.strikes;
import static io.optionsv4.core.selection.SelectionFixtures.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IvAssessment.MeanReversion;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.VolatilityBias;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyRankerTest {

    private static final double EPS = 1e-9;

    private final StrategyRanker ranker = new StrategyRanker(weights(), preferences());

    private static StrategyFigures figures(Amount maxProfit, Amount maxLoss, double pop, double ev) {
        return new StrategyFigures(maxProfit, maxLoss, List.of(102.0), pop, ev);
    }

    private static Candidate spread(StrategyFigures figures) {
        return candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .figures(figures)
                .build();
    }

    private static RankingContext context(
            Direction direction,
            double confidence,
            Optional<IvEnvironment> environment,
            Optional<MeanReversion> reversion,
            Optional<MarketState> state) {
        return new RankingContext(
                "ACME",
                direction,
                confidence,
                0,
                environment,
                OptionalDouble.empty(),
                reversion,
                state,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    private static RankingContext momentumContext(OptionalDouble rsi, OptionalDouble macdToAtr) {
        return new RankingContext(
                "ACME",
                Direction.NEUTRAL,
                0,
                0,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty(),
                rsi,
                macdToAtr,
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    private double score(Candidate candidate, RankingContext context, ScoreComponent component) {
        PlanFigures plan = PlanFigures.atExpiry(candidate, StrategyRanker.forecastExpectedValue(candidate, context));
        return ranker.scores(candidate, plan, context)[component.ordinal()];
    }

    @Test
    void test_probability_isPopInPoints() {
        Candidate c = spread(figures(Amount.of(400), Amount.of(100), 0.625, 0));

        assertThat(score(c, blankContext(), ScoreComponent.PROBABILITY)).isCloseTo(62.5, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"300, 100, 75", "100, 100, 50", "100, 300, 25", "0, 100, 0", "-10, 100, 0", "100, 0, 100"})
    void test_riskReward_ratio(double maxProfit, double maxLoss, double expected) {
        Candidate c = spread(figures(Amount.of(maxProfit), Amount.of(maxLoss), 0.5, 0));

        assertThat(score(c, blankContext(), ScoreComponent.RISK_REWARD)).isCloseTo(expected, within(EPS));
    }

    @Test
    void test_riskReward_unlimited() {
        assertThat(StrategyRanker.riskReward(spread(figures(Amount.of(100), Amount.UNLIMITED, 0.5, 0))))
                .isEqualTo(0);
        assertThat(StrategyRanker.riskReward(spread(figures(Amount.UNLIMITED, Amount.UNLIMITED, 0.5, 0))))
                .isEqualTo(50);
    }

    @Test
    void test_riskReward_unlimitedProfitAtTheTwoSigmaMove() {
        Candidate longCall = candidate("Long Call", strikes(100), 2.6).build();
        double reward = 100 * Math.exp(2 * 0.2 * Math.sqrt(27 / 365.0)) - 100 - 2.6;
        double ratio = reward / 2.6;

        assertThat(longCall.figures().maxProfit().isUnlimited()).isTrue();
        assertThat(StrategyRanker.riskReward(longCall)).isCloseTo(100 * ratio / (1 + ratio), within(EPS));
        assertThat(ProbabilityFilter.stressProfit(longCall).getAsDouble()).isCloseTo(50 * reward, within(1e-6));
    }

    @Test
    void test_riskReward_unlimitedProfitOverTwoExpiriesCountsAsBest() {
        Candidate calendar = candidate("Calendar Spread", strikes(100), 2, 3)
                .figures(figures(Amount.UNLIMITED, Amount.of(50), 0.4, 0))
                .build();

        assertThat(StrategyRanker.riskReward(calendar)).isEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource({"10, 200, 73.1059", "0, 200, 50", "20, 200, 88.0797", "-20, 200, 11.9203", "-5000, 200, 0.0000"})
    void test_expectedValue_returnOnCapital(double ev, double maxLoss, double expected) {
        Candidate c = spread(figures(Amount.of(300), Amount.of(maxLoss), 0.5, ev));

        assertThat(score(c, blankContext(), ScoreComponent.EXPECTED_VALUE)).isCloseTo(expected, within(1e-4));
    }

    @Test
    void test_expectedValue_unlimitedLossAgainstStressLoss() {
        Candidate straddle = candidate("Short Straddle", strikes(100), 3, 3).build();
        double stress = ProbabilityFilter.stressLoss(straddle).getAsDouble();
        double ev = straddle.figures().expectedValue();

        assertThat(score(straddle, blankContext(), ScoreComponent.EXPECTED_VALUE))
                .isCloseTo(50 + 50 * Math.tanh(ev / stress / StrategyRanker.RETURN_SCALE), within(EPS));
    }

    private static RankingContext realized(double vol) {
        RankingContext blank = blankContext();
        return new RankingContext(
                blank.symbol(),
                blank.direction(),
                blank.directionConfidence(),
                blank.trendScore(),
                blank.ivEnvironment(),
                blank.ivPercentile(),
                blank.meanReversion(),
                blank.marketState(),
                blank.rsi(),
                blank.macdHistogramToAtr(),
                blank.liquidityScore(),
                OptionalDouble.of(vol));
    }

    @ParameterizedTest
    @CsvSource({"Short Straddle, 0.10", "Short Straddle, 0.35", "Long Straddle, 0.10", "Iron Condor, 0.05"})
    void test_forecastExpectedValue_equalsTheCoresEvAtTheBlendedVolatility(String name, double realizedVol) {
        Candidate c = name.equals("Iron Condor")
                ? candidate(name, strikes(90, 95, 105, 110), 1, 2, 2, 1).build()
                : candidate(name, strikes(100), 3, 3).build();
        ProbabilityModel m = c.model();
        double blended = 0.5 * m.annualVol() + 0.5 * realizedVol;
        ProbabilityModel forecast =
                ProbabilityModel.of(m.spot(), blended, m.rate(), m.dividendYield(), m.yearsToExpiry());
        double expected = PayoffAnalyzer.figures(c.strategy().legs(), forecast).expectedValue();

        assertThat(StrategyRanker.forecastExpectedValue(c, realized(realizedVol)))
                .isCloseTo(expected, within(1e-6 * (1 + Math.abs(expected))));
    }

    @Test
    void test_expectedValue_premiumSellersGainWhenRealisedIsBelowImplied() {
        Candidate shortStraddle =
                candidate("Short Straddle", strikes(100), 3, 3).build();
        Candidate longStraddle = candidate("Long Straddle", strikes(100), 3, 3).build();
        double calm = 0.5 * shortStraddle.atmVolatility();
        double wild = 2 * shortStraddle.atmVolatility();

        assertThat(score(shortStraddle, realized(calm), ScoreComponent.EXPECTED_VALUE))
                .isGreaterThan(score(shortStraddle, blankContext(), ScoreComponent.EXPECTED_VALUE));
        assertThat(score(longStraddle, realized(calm), ScoreComponent.EXPECTED_VALUE))
                .isLessThan(score(longStraddle, blankContext(), ScoreComponent.EXPECTED_VALUE));
        assertThat(score(longStraddle, realized(wild), ScoreComponent.EXPECTED_VALUE))
                .isGreaterThan(score(longStraddle, blankContext(), ScoreComponent.EXPECTED_VALUE));
    }

    @Test
    void test_forecastExpectedValue_unchangedForTwoExpiriesOrWithoutRealisedVolatility() {
        Candidate calendar = candidate("Calendar Spread", strikes(100), 2, 3).build();
        Candidate straddle = candidate("Short Straddle", strikes(100), 3, 3).build();

        assertThat(StrategyRanker.forecastExpectedValue(calendar, realized(0.05)))
                .isEqualTo(calendar.figures().expectedValue());
        assertThat(StrategyRanker.forecastExpectedValue(straddle, blankContext()))
                .isEqualTo(straddle.figures().expectedValue());
    }

    @ParameterizedTest
    @CsvSource({
        "SHORT_VOL, VERY_HIGH, EXPECT_FALL, 100",
        "SHORT_VOL, HIGH, NONE, 70",
        "SHORT_VOL, VERY_LOW, EXPECT_RISE, 0",
        "LONG_VOL, VERY_LOW, EXPECT_RISE, 100",
        "LONG_VOL, HIGH, NONE, 30",
        "LONG_VOL, NORMAL, EXPECT_FALL, 40",
        "NEUTRAL, VERY_HIGH, EXPECT_FALL, 50"
    })
    void test_ivFit_biasAgainstEnvironment(
            VolatilityBias bias, IvEnvironment environment, MeanReversion reversion, double expected) {
        RankingContext ctx =
                context(Direction.NEUTRAL, 0, Optional.of(environment), Optional.of(reversion), Optional.empty());

        assertThat(StrategyRanker.ivFit(bias, ctx)).isCloseTo(expected, within(EPS));
        assertThat(StrategyRanker.ivFit(bias, blankContext())).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({
        "1, BULLISH, 0.8, 90",
        "-1, BULLISH, 0.8, 10",
        "0, BULLISH, 0.8, 30",
        "1, NEUTRAL, 0.6, 35",
        "0, NEUTRAL, 0.6, 80",
        "-1, BEARISH, 0, 50"
    })
    void test_directionFit_biasAgainstOutlook(int bias, Direction outlook, double confidence, double expected) {
        RankingContext ctx = context(outlook, confidence, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(StrategyRanker.directionFit(bias, ctx)).isCloseTo(expected, within(EPS));
    }

    @Test
    void test_marketStateFit_byPreferenceRank() {
        Candidate condor =
                candidate("Iron Condor", strikes(90, 95, 105, 110), 1, 2, 2, 1).build();
        Candidate butterfly =
                candidate("Butterfly Spread", strikes(95, 100, 105), 6, 3, 1).build();
        Candidate bearCall =
                candidate("Bear Call Spread", strikes(100, 105), 3, 1).build();
        Candidate straddle = candidate("Long Straddle", strikes(100), 3, 3).build();
        RankingContext neutralNormal = context(
                Direction.NEUTRAL, 0, Optional.empty(), Optional.empty(), Optional.of(MarketState.NEUTRAL_NORMAL_VIX));
        RankingContext bullishLow = context(
                Direction.NEUTRAL, 0, Optional.empty(), Optional.empty(), Optional.of(MarketState.BULLISH_LOW_VIX));

        assertThat(score(condor, neutralNormal, ScoreComponent.MARKET_STATE_FIT))
                .isEqualTo(100);
        assertThat(score(butterfly, neutralNormal, ScoreComponent.MARKET_STATE_FIT))
                .isCloseTo(80, within(EPS));
        assertThat(score(straddle, neutralNormal, ScoreComponent.MARKET_STATE_FIT))
                .isEqualTo(40);
        assertThat(score(bearCall, bullishLow, ScoreComponent.MARKET_STATE_FIT)).isEqualTo(10);
        assertThat(score(condor, blankContext(), ScoreComponent.MARKET_STATE_FIT))
                .isEqualTo(50);
    }

    @Test
    void test_liquidity_weakestLegAndStockBlend() {
        Candidate deep = candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .liquidity(999_999, 9_999, OptionalDouble.of(0.0))
                .build();
        Candidate thin = candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .liquidity(999, 9, OptionalDouble.of(0.05))
                .build();
        Candidate noBook = candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .liquidity(999_999, 9_999, OptionalDouble.empty())
                .build();
        RankingContext stock = new RankingContext(
                "ACME",
                Direction.NEUTRAL,
                0,
                0,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.of(0.5),
                OptionalDouble.empty());

        assertThat(StrategyRanker.liquidity(deep, blankContext())).isCloseTo(100, within(EPS));
        assertThat(StrategyRanker.liquidity(thin, blankContext()))
                .isCloseTo(100 * (3.0 / 6 + 1.0 / 4 + 0.5) / 3, within(EPS));
        assertThat(StrategyRanker.liquidity(noBook, blankContext())).isCloseTo(100 * 2.5 / 3, within(EPS));
        assertThat(StrategyRanker.liquidity(deep, stock)).isCloseTo(0.8 * 100 + 0.2 * 50, within(EPS));
    }

    @Test
    void test_liquidity_weakestLegDecides() {
        CandidateLeg strong = candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .liquidity(999_999, 9_999, OptionalDouble.of(0.0))
                .build()
                .legs()
                .get(0);
        Candidate mixed = candidate("Bull Call Spread", strikes(100, 105), 3, 1)
                .liquidity(0, 0, OptionalDouble.of(0.2))
                .build();
        Candidate oneStrong = new Candidate(
                mixed.symbol(),
                mixed.asOf(),
                mixed.definition(),
                mixed.spot(),
                List.of(strong, mixed.legs().get(1)),
                0,
                mixed.lotSize(),
                mixed.strategy(),
                mixed.figures(),
                mixed.greeks(),
                mixed.netPremium(),
                mixed.nearExpiry(),
                mixed.farExpiry(),
                mixed.daysToExpiry(),
                mixed.atmVolatility(),
                mixed.model(),
                mixed.reference());

        assertThat(StrategyRanker.liquidity(oneStrong, blankContext())).isZero();
    }

    @ParameterizedTest
    @CsvSource({"30, 0, 100", "-10, 30, 25", "10, -30, 75", "0, 60, 50", "0, 0, 50", "-5, 0, 0"})
    void test_greeksProfile_thetaAgainstVega(double theta, double vega, double expected) {
        assertThat(StrategyRanker.greeksProfile(new GreekExposure(0, 0, vega, theta)))
                .isCloseTo(expected, within(EPS));
    }

    @Test
    void test_greeksProfile_neverLeavesZeroToHundredThroughRounding() {
        // A jqwik sample once gave -7.1e-15 here (theta -92.82 against a vanishing vega).
        for (double theta : new double[] {-92.82, 92.82, -0.1, 1e-9, -3.3e7}) {
            for (double vega : new double[] {0, 1e-15, -1e-12, 3e-9, 1e-300}) {
                assertThat(StrategyRanker.greeksProfile(new GreekExposure(0, 0, vega, theta)))
                        .as("theta %s vega %s", theta, vega)
                        .isBetween(0.0, 100.0);
            }
        }
    }

    @Test
    void test_momentum_agreementWithBias() {
        RankingContext up = momentumContext(OptionalDouble.of(70), OptionalDouble.of(0.25));
        RankingContext half = momentumContext(OptionalDouble.of(60), OptionalDouble.empty());
        RankingContext mixed = momentumContext(OptionalDouble.of(70), OptionalDouble.of(-0.25));

        assertThat(StrategyRanker.momentum(1, up)).isCloseTo(100, within(EPS));
        assertThat(StrategyRanker.momentum(-1, up)).isCloseTo(0, within(EPS));
        assertThat(StrategyRanker.momentum(0, up)).isCloseTo(25, within(EPS));
        assertThat(StrategyRanker.momentum(1, half)).isCloseTo(75, within(EPS));
        assertThat(StrategyRanker.momentum(0, mixed)).isCloseTo(75, within(EPS));
        assertThat(StrategyRanker.momentum(1, blankContext())).isEqualTo(50);
    }

    @Test
    void test_complexity_fromMetadata() {
        Candidate longCall = candidate("Long Call", strikes(100), 3).build();
        Candidate condor =
                candidate("Iron Condor", strikes(90, 95, 105, 110), 1, 2, 2, 1).build();
        Candidate calendar = candidate("Calendar Spread", strikes(100), 2, 3).build();

        assertThat(score(longCall, blankContext(), ScoreComponent.COMPLEXITY)).isZero();
        assertThat(score(condor, blankContext(), ScoreComponent.COMPLEXITY)).isEqualTo(50);
        assertThat(score(calendar, blankContext(), ScoreComponent.COMPLEXITY)).isEqualTo(75);
    }

    @Test
    void test_rank_totalIsWeightedSumMinusPenalty() {
        Candidate c = candidate("Iron Condor", strikes(90, 95, 105, 110), 1, 2, 2, 1)
                .figures(figures(Amount.of(100), Amount.of(300), 0.7, 15))
                .greeks(new GreekExposure(0, 0, -30, 10))
                .liquidity(999_999, 9_999, OptionalDouble.of(0.0))
                .build();

        RankedCandidate ranked = ranker.rank(c, blankContext());

        // probability 70, risk/reward 25, EV 50 + 50 tanh(5 % / 10 %) = 73.11, IV 50, direction 50, state 50,
        // liquidity 100, greeks 75, momentum 50
        double expected = 0.20 * 70
                + 0.10 * 25
                + 0.35 * (50 + 50 * Math.tanh(15.0 / 300 / 0.10))
                + 0.08 * 50
                + 0.08 * 50
                + 0.05 * 50
                + 0.10 * 100
                + 0.04 * 75
                + 0.0 * 50
                - 0.05 * 50;
        assertThat(ranked.totalScore()).isCloseTo(expected, within(EPS));
        assertThat(ranked.conviction()).isEqualTo(Conviction.of(expected));
        assertThat(ranked.componentScores()).hasSize(ScoreComponent.values().length);
        assertThat(ranked.componentScores())
                .extracting(ComponentScore::component)
                .containsExactly(
                        "probability",
                        "risk_reward",
                        "expected_value",
                        "iv_fit",
                        "direction_fit",
                        "market_state_fit",
                        "liquidity",
                        "greeks_profile",
                        "momentum",
                        "complexity");
        assertThat(ranked.componentScores().get(9)).isEqualTo(new ComponentScore("complexity", 50, 0.05));
        assertThat(ranked.componentScores().get(0)).isEqualTo(new ComponentScore("probability", 70, 0.20));
    }

    @Test
    void test_rank_clampedAtZero() {
        Map<ScoreComponent, Double> onlyProbability = new EnumMap<>(ScoreComponent.class);
        for (ScoreComponent component : ScoreComponent.values()) {
            if (!component.isPenalty()) {
                onlyProbability.put(component, component == ScoreComponent.PROBABILITY ? 1.0 : 0.0);
            }
        }
        StrategyRanker harsh = new StrategyRanker(new RankingWeights(onlyProbability, 1.0), preferences());
        Candidate calendar = candidate("Calendar Spread", strikes(100), 2, 3)
                .figures(figures(Amount.of(100), Amount.of(300), 0.3, 0))
                .build();

        RankedCandidate ranked = harsh.rank(calendar, blankContext());

        assertThat(ranked.totalScore()).isZero();
        assertThat(ranked.conviction()).isEqualTo(Conviction.VERY_LOW);
    }
}
