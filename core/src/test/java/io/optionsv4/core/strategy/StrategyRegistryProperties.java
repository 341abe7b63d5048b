package io.optionsv4.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.PayoffProfile;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of every registered strategy over random valid strikes, premiums and sizes. */
class StrategyRegistryProperties {

    private static final ProbabilityModel MARKET = ProbabilityModel.of(1500, 0.25, 0.065, 0.0, 30 / 365.0);

    @Property(tries = 200)
    void test_shortVariant_pnlIsNegatedLong(
            @ForAll("pairs") List<String> pair,
            @ForAll("inputs") Inputs in,
            @ForAll @DoubleRange(min = 0, max = 4000) double spot) {
        StrategyDefinition shortOne = StrategyRegistry.get(pair.get(0));
        StrategyDefinition longOne = StrategyRegistry.get(pair.get(1));
        StrategyInputs inputs = in.forDefinition(longOne);

        double shortPnl = pnl(shortOne.legs(inputs), spot);
        double longPnl = pnl(longOne.legs(inputs), spot);

        assertThat(shortPnl).isEqualTo(-longPnl + 0.0);
    }

    @Property(tries = 300)
    void test_everyStrategy_breakevensAreZerosAndPopInUnitInterval(
            @ForAll("singleExpiry") StrategyDefinition definition, @ForAll("inputs") Inputs in) {
        Strategy strategy = definition.resolve(in.forDefinition(definition));
        PayoffProfile payoff = strategy.payoff();
        double tolerance = 1e-9 * in.units() * 10_000;

        StrategyFigures figures = strategy.figures(MARKET);

        assertThat(figures.breakevens()).isEqualTo(payoff.breakevens());
        figures.breakevens()
                .forEach(b -> assertThat(Math.abs(pnl(strategy.legs(), b))).isLessThan(tolerance));
        assertThat(figures.probabilityOfProfit()).isBetween(0.0, 1.0);
        assertThat(RiskProfile.of(payoff)).isEqualTo(definition.metadata().riskProfile());
    }

    @Provide
    Arbitrary<List<String>> pairs() {
        return Arbitraries.of(
                List.of("Bear Call Spread", "Bull Call Spread"),
                List.of("Bull Put Spread", "Bear Put Spread"),
                List.of("Short Straddle", "Long Straddle"),
                List.of("Short Strangle", "Long Strangle"));
    }

    @Provide
    Arbitrary<StrategyDefinition> singleExpiry() {
        return Arbitraries.of(StrategyRegistry.all().stream()
                .filter(d -> !d.spansTwoExpiries())
                .toList());
    }

    @Provide
    Arbitrary<Inputs> inputs() {
        return Combinators.combine(
                        Arbitraries.integers().between(100, 200).map(k -> k * 10.0),
                        Arbitraries.integers()
                                .between(1, 20)
                                .map(w -> w * 10.0)
                                .list()
                                .ofSize(3),
                        Arbitraries.integers()
                                .between(0, 2000)
                                .map(p -> p * 0.05)
                                .list()
                                .ofSize(4),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(1, 25, 50))
                .as(Inputs::new);
    }

    private static double pnl(List<Leg> legs, double spot) {
        return legs.stream().mapToDouble(l -> l.pnlAtExpiry(spot)).sum();
    }

    /** Random raw inputs, shaped into valid strikes for a definition's strike rule. */
    record Inputs(double base, List<Double> widths, List<Double> premiums, int lots, int lotSize) {

        int units() {
            return lots * lotSize;
        }

        StrategyInputs forDefinition(StrategyDefinition definition) {
            List<Double> strikes = strikes(definition.strikeRule(), definition.strikeCount());
            return StrategyInputs.of(strikes, premiums.subList(0, definition.premiumCount()))
                    .withLots(lots, lotSize)
                    .withUnderlyingPrice(base);
        }

        private List<Double> strikes(StrikeRule rule, int count) {
            double w1 = widths.get(0);
            double w2 = widths.get(1);
            return switch (rule) {
                case EQUAL_WINGS -> List.of(base, base + w1, base + 2 * w1);
                case UPPER_WING_WIDER -> List.of(base, base + w1, base + 2 * w1 + w2);
                case LOWER_WING_WIDER -> List.of(base, base + w1 + w2, base + 2 * w1 + w2);
                case ASCENDING -> {
                    List<Double> out = new ArrayList<>(List.of(base));
                    for (int i = 1; i < count; i++) {
                        out.add(out.getLast() + widths.get(i - 1));
                    }
                    yield out;
                }
            };
        }
    }
}
