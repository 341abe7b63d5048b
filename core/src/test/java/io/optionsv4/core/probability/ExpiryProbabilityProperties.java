package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the exact probability of profit and expected value over random legs and markets. */
class ExpiryProbabilityProperties {

    @Property(tries = 300)
    void test_probabilityOfProfit_inUnitInterval(
            @ForAll("legSets") List<Leg> legs, @ForAll("models") ProbabilityModel m) {
        double pop = ExpiryProbability.probabilityOfProfit(PayoffProfile.of(legs), m);

        assertThat(pop).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void test_probabilityOfProfit_withNegationAtMostOne(
            @ForAll("legSets") List<Leg> legs, @ForAll("models") ProbabilityModel m) {
        PayoffProfile payoff = PayoffProfile.of(legs);

        double sum = ExpiryProbability.probabilityOfProfit(payoff, m)
                + ExpiryProbability.probabilityOfProfit(payoff.negated(), m);

        assertThat(sum).isCloseTo(1.0 - probabilityOfZero(payoff, m), within(1e-12));
        assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-12);
    }

    @Property(tries = 300)
    void test_expectedValue_negationNegates(@ForAll("legSets") List<Leg> legs, @ForAll("models") ProbabilityModel m) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        double ev = ExpiryProbability.expectedValue(payoff, m);

        assertThat(ExpiryProbability.expectedValue(payoff.negated(), m))
                .isCloseTo(-ev, within(1e-9 * PayoffProfileProperties.scale(legs)));
    }

    @Property(tries = 300)
    void test_expectedValue_isSumOfLegExpectations(
            @ForAll("legSets") List<Leg> legs, @ForAll("models") ProbabilityModel m) {
        double whole = ExpiryProbability.expectedValue(PayoffProfile.of(legs), m);
        double sum = legs.stream()
                .mapToDouble(l -> ExpiryProbability.expectedValue(PayoffProfile.of(List.of(l)), m))
                .sum();

        assertThat(whole).isCloseTo(sum, within(1e-9 * PayoffProfileProperties.scale(legs)));
    }

    @Provide
    Arbitrary<List<Leg>> legSets() {
        return PayoffProfileProperties.legSetArbitrary();
    }

    @Provide
    Arbitrary<ProbabilityModel> models() {
        return Combinators.combine(
                        Arbitraries.doubles().between(1000, 3000),
                        Arbitraries.doubles().between(0.0, 0.8),
                        Arbitraries.doubles().between(-0.01, 0.12),
                        Arbitraries.doubles().between(0.0, 0.05),
                        Arbitraries.integers().between(0, 400))
                .as((spot, vol, rate, yield, days) -> ProbabilityModel.of(spot, vol, rate, yield, days / 365.0));
    }

    /** Returns P(P&L = 0): the mass of the segments where the payoff is identically zero. */
    private static double probabilityOfZero(PayoffProfile payoff, ProbabilityModel m) {
        if (m.isDeterministic()) {
            return payoff.valueAt(m.forward()) == 0 ? 1.0 : 0.0;
        }
        List<Double> nodes = new ArrayList<>(List.of(0.0));
        nodes.addAll(payoff.strikes());
        double mass = 0;
        for (int i = 0; i + 1 < nodes.size(); i++) {
            if (payoff.valueAt(nodes.get(i)) == 0 && payoff.valueAt(nodes.get(i + 1)) == 0) {
                mass += m.probabilityBetween(nodes.get(i), nodes.get(i + 1));
            }
        }
        double last = nodes.getLast();
        if (payoff.valueAt(last) == 0 && payoff.slopeAboveHighestStrike() == 0) {
            mass += m.probabilityBetween(last, Double.POSITIVE_INFINITY);
        }
        return mass;
    }
}
