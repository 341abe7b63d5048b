package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of the exact expiry payoff over random sets of option and underlying legs. */
class PayoffProfileProperties {

    @Property(tries = 300)
    void test_negation_negatesPnlEverywhere(@ForAll("legSets") List<Leg> legs) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        PayoffProfile negated = PayoffProfile.of(legs.stream().map(Leg::negated).toList());

        for (double spot = 0; spot < 4000; spot += 37.3) {
            assertThat(negated.valueAt(spot)).isEqualTo(-payoff.valueAt(spot) + 0.0);
            assertThat(payoff.negated().valueAt(spot)).isEqualTo(negated.valueAt(spot));
        }
        assertThat(negated.maxProfit()).isEqualTo(payoff.maxLoss());
        assertThat(negated.maxLoss()).isEqualTo(payoff.maxProfit());
        assertThat(negated.breakevens()).isEqualTo(payoff.breakevens());
    }

    @Property(tries = 300)
    void test_breakevens_areZerosOfPnl(@ForAll("legSets") List<Leg> legs) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        double tolerance = 1e-9 * scale(legs);

        assertThat(payoff.breakevens()).isSorted().doesNotHaveDuplicates();
        for (double breakeven : payoff.breakevens()) {
            double direct =
                    legs.stream().mapToDouble(l -> l.pnlAtExpiry(breakeven)).sum();
            assertThat(Math.abs(direct)).isLessThanOrEqualTo(tolerance);
        }
    }

    @Property(tries = 300)
    void test_profitIntervals_positiveInsideAndNotOutside(@ForAll("legSets") List<Leg> legs) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        List<PriceInterval> intervals = payoff.profitIntervals();

        for (double spot = 0.5; spot < 5000; spot += 11.7) {
            double at = spot;
            boolean inside = intervals.stream().anyMatch(i -> i.contains(at));
            double pnl = legs.stream().mapToDouble(l -> l.pnlAtExpiry(at)).sum();
            if (Math.abs(pnl) > 1e-9 * scale(legs)) {
                assertThat(inside).as("P&L %s at %s", pnl, at).isEqualTo(pnl > 0);
            }
        }
    }

    @Property(tries = 300)
    void test_maxProfitAndLoss_boundPnl(@ForAll("legSets") List<Leg> legs) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        double max = payoff.maxProfit().orElse(Double.POSITIVE_INFINITY);
        double min = -payoff.maxLoss().orElse(Double.POSITIVE_INFINITY);
        double tolerance = 1e-9 * scale(legs);

        for (double spot = 0; spot < 5000; spot += 13.1) {
            assertThat(payoff.valueAt(spot)).isBetween(min - tolerance, max + tolerance);
        }
    }

    @Provide
    Arbitrary<List<Leg>> legSets() {
        return legSetArbitrary();
    }

    /** Random sets of 1 to 5 legs: options on strikes 1000..3000 and, less often, the underlying. */
    static Arbitrary<List<Leg>> legSetArbitrary() {
        Arbitrary<Leg> option = Combinators.combine(
                        Arbitraries.of(Right.class),
                        Arbitraries.integers().between(20, 60).map(k -> k * 50.0),
                        Arbitraries.integers().between(-3, 3).filter(q -> q != 0),
                        Arbitraries.integers().between(0, 2000).map(p -> p * 0.05))
                .as((right, strike, quantity, premium) -> (Leg) OptionLeg.of(right, strike, quantity, premium));
        Arbitrary<Leg> underlying = Combinators.combine(
                        Arbitraries.integers().between(-2, 2).filter(q -> q != 0),
                        Arbitraries.integers().between(20000, 60000).map(p -> p * 0.05))
                .as((quantity, price) -> (Leg) UnderlyingLeg.of(quantity, price));
        return Arbitraries.frequencyOf(Tuple.of(9, option), Tuple.of(1, underlying))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    static double scale(List<Leg> legs) {
        return legs.stream()
                .mapToDouble(l -> switch (l) {
                    case OptionLeg o -> Math.abs(o.quantity()) * (o.strike() + o.premiumPerUnit());
                    case UnderlyingLeg u -> Math.abs(u.quantity()) * u.entryPrice();
                })
                .sum();
    }
}
