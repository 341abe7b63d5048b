package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.candidate;
import static io.optionsv4.core.selection.SelectionFixtures.preferences;
import static io.optionsv4.core.selection.SelectionFixtures.strikes;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IvAssessment.MeanReversion;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the composite score over random candidates, contexts and weights. */
class StrategyRankerProperties {

    private static final List<SelectionFixtures.CandidateBuilder> BASES = List.of(
            candidate("Long Call", strikes(100), 3),
            candidate("Iron Condor", strikes(90, 95, 105, 110), 1, 2, 2, 1),
            candidate("Short Straddle", strikes(100), 3, 3),
            candidate("Calendar Spread", strikes(100), 2, 3),
            candidate("Covered Call", strikes(105), 2),
            candidate("Put Ratio Spread", strikes(90, 100), 1, 4));

    @Property(tries = 500)
    void test_rank_totalWithinZeroToHundred(
            @ForAll("candidates") Candidate candidate,
            @ForAll("contexts") RankingContext context,
            @ForAll("weights") RankingWeights weights) {
        RankedCandidate ranked = new StrategyRanker(weights, preferences()).rank(candidate, context);

        assertThat(ranked.totalScore()).isBetween(0.0, 100.0);
        assertThat(ranked.conviction()).isEqualTo(Conviction.of(ranked.totalScore()));
        assertThat(ranked.componentScores())
                .allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 100.0))
                .hasSize(ScoreComponent.values().length);
    }

    @Property(tries = 500)
    void test_rank_monotoneInProbability(
            @ForAll("candidates") Candidate candidate,
            @ForAll("contexts") RankingContext context,
            @ForAll("weights") RankingWeights weights,
            @ForAll("fractions") double a,
            @ForAll("fractions") double b) {
        StrategyRanker ranker = new StrategyRanker(weights, preferences());
        double low = Math.min(a, b);
        double high = Math.max(a, b);

        double lowScore = ranker.rank(withPop(candidate, low), context).totalScore();
        double highScore = ranker.rank(withPop(candidate, high), context).totalScore();

        assertThat(highScore).isGreaterThanOrEqualTo(lowScore);
    }

    private static Candidate withPop(Candidate c, double pop) {
        StrategyFigures f = c.figures();
        return new Candidate(
                c.symbol(),
                c.asOf(),
                c.definition(),
                c.spot(),
                c.legs(),
                c.underlyingUnits(),
                c.lotSize(),
                c.strategy(),
                new StrategyFigures(f.maxProfit(), f.maxLoss(), f.breakevens(), pop, f.expectedValue()),
                c.greeks(),
                c.netPremium(),
                c.nearExpiry(),
                c.farExpiry(),
                c.daysToExpiry(),
                c.atmVolatility(),
                c.model(),
                c.reference());
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Candidate> candidates() {
        Arbitrary<Amount> amounts = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).map(Amount::of), Arbitraries.just(Amount.UNLIMITED));
        Arbitrary<StrategyFigures> figures = Combinators.combine(
                        amounts, amounts, fractions(), Arbitraries.doubles().between(-1e7, 1e7))
                .as((profit, loss, pop, ev) -> new StrategyFigures(profit, loss, List.of(), pop, ev));
        Arbitrary<GreekExposure> greeks = Combinators.combine(
                        Arbitraries.doubles().between(-1e5, 1e5),
                        Arbitraries.doubles().between(-1e5, 1e5))
                .as((vega, theta) -> new GreekExposure(0, 0, vega, theta));
        Arbitrary<OptionalDouble> spreads = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 2).map(OptionalDouble::of), Arbitraries.just(OptionalDouble.empty()));
        return Combinators.combine(
                        Arbitraries.of(BASES),
                        figures,
                        greeks,
                        Arbitraries.longs().between(0, 1_000_000_000L),
                        Arbitraries.longs().between(0, 10_000_000L),
                        spreads)
                .as((base, f, g, oi, volume, spread) ->
                        base.figures(f).greeks(g).liquidity(oi, volume, spread).build());
    }

    @Provide
    Arbitrary<RankingContext> contexts() {
        Arbitrary<OptionalDouble> rsi = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 100).map(OptionalDouble::of),
                Arbitraries.just(OptionalDouble.empty()));
        Arbitrary<OptionalDouble> macd = Arbitraries.oneOf(
                Arbitraries.doubles().between(-10, 10).map(OptionalDouble::of),
                Arbitraries.just(OptionalDouble.empty()));
        Arbitrary<OptionalDouble> liquidity =
                Arbitraries.oneOf(fractions().map(OptionalDouble::of), Arbitraries.just(OptionalDouble.empty()));
        Arbitrary<Optional<IvEnvironment>> environment =
                Arbitraries.of(IvEnvironment.class).optional();
        Arbitrary<Optional<MeanReversion>> reversion =
                Arbitraries.of(MeanReversion.class).optional();
        Arbitrary<Optional<MarketState>> state =
                Arbitraries.of(MarketState.class).optional();
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        return Combinators.combine(direction, fractions(), environment, reversion, state, rsi, macd, liquidity)
                .as((d, confidence, env, rev, st, r, m, l) -> new RankingContext(
                        "ACME",
                        d,
                        confidence,
                        0,
                        env,
                        OptionalDouble.empty(),
                        rev,
                        st,
                        r,
                        m,
                        l,
                        OptionalDouble.empty()));
    }

    @Provide
    Arbitrary<RankingWeights> weights() {
        return Combinators.combine(Arbitraries.doubles().between(0.01, 1).list().ofSize(9), fractions())
                .as((raw, penalty) -> {
                    double sum = raw.stream().mapToDouble(Double::doubleValue).sum();
                    Map<ScoreComponent, Double> w = new EnumMap<>(ScoreComponent.class);
                    int i = 0;
                    for (ScoreComponent component : ScoreComponent.values()) {
                        if (!component.isPenalty()) {
                            w.put(component, raw.get(i++) / sum);
                        }
                    }
                    return new RankingWeights(w, penalty);
                });
    }
}
