package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.exit.ExitPlan.ProfitBasis;
import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import io.optionsv4.core.exit.ExitPlan.StopBasis;
import io.optionsv4.core.exit.ExitPlan.StopLoss;
import io.optionsv4.core.exit.ExitPlan.TimeExit;
import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.VolatilitySmile;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link PlanSimulator}: closed forms for a single long option, determinism, costs. */
class PlanSimulatorTest {

    /** Monte Carlo tolerance on a probability with 40,000 paths: about 4 standard errors. */
    private static final double PROBABILITY_TOLERANCE = 0.01;

    private static final PlanSimulator SIMULATOR = new PlanSimulator(TradingDays.WEEKDAYS, 40_000, 7L);

    /**
     * A long call observed once (time exit on the next trading day): the target is hit when the spot closes above the
     * level S* at which the call's model P&amp;L equals the target, so P(target) = N(d2(S*)) of the lognormal one-day
     * distribution, and P(stop) likewise below the stop's level.
     */
    @Test
    void test_simulate_longCallOneObservation_matchesLognormalClosedForm() {
        Candidate call = ExitFixtures.candidate(StrategyRegistry.get("Long Call"));
        LocalDate exit = TradingDays.WEEKDAYS.onOrBefore(call.asOf().plusDays(1));
        exit = call.asOf().plusDays(1).equals(exit)
                ? exit
                : TradingDays.WEEKDAYS.onOrBefore(call.asOf().plusDays(3));
        double debit = -call.netPremium();
        ExitPlan plan = plan(call, 0.10 * debit, 0.10 * debit, exit);
        PositionValue value = new PositionValue(call, 1.0);
        double years = (exit.toEpochDay() - call.asOf().toEpochDay()) / 365.0;
        double upper = solve(value, years, 0.10 * debit);
        double lower = solve(value, years, -0.10 * debit);

        PlanProbabilities p = SIMULATOR.simulate(call, plan, PlanCosts.NONE, 1.0);

        double vol = call.atmVolatility();
        double drift = (call.model().rate() - call.model().dividendYield() - 0.5 * vol * vol) * years;
        double sd = vol * Math.sqrt(years);
        double aboveUpper = NormalDistribution.cdf((Math.log(call.spot() / upper) + drift) / sd);
        double belowLower = NormalDistribution.cdf((Math.log(lower / call.spot()) - drift) / sd);
        assertThat(p.target()).isCloseTo(aboveUpper, within(PROBABILITY_TOLERANCE));
        assertThat(p.stop()).isCloseTo(belowLower, within(PROBABILITY_TOLERANCE));
        assertThat(p.target() + p.stop() + p.time()).isCloseTo(1.0, within(1e-12));
        assertThat(p.expectedHoldingDays()).isEqualTo(1.0);
    }

    /**
     * The same one-observation long call on a steep put skew: the target and stop probabilities are those of the
     * smile's own distribution over the day ({@link SmileDistribution}), not the lognormal one at the ATM volatility.
     */
    @Test
    void test_simulate_skewedSmile_oneObservation_matchesTheSmilesDistribution() {
        Candidate flat = ExitFixtures.candidate(StrategyRegistry.get("Long Call"));
        VolatilitySmile skew = VolatilitySmile.of(
                new double[] {1200, 1350, 1500, 1650, 1800}, new double[] {0.60, 0.40, 0.25, 0.17, 0.15});
        Candidate call = withSmile(flat, skew);
        LocalDate exit = TradingDays.WEEKDAYS.onOrBefore(call.asOf().plusDays(1));
        exit = call.asOf().plusDays(1).equals(exit)
                ? exit
                : TradingDays.WEEKDAYS.onOrBefore(call.asOf().plusDays(3));
        double debit = -call.netPremium();
        ExitPlan plan = plan(call, 0.25 * debit, 0.25 * debit, exit);
        PositionValue value = new PositionValue(call, 1.0);
        double years = (exit.toEpochDay() - call.asOf().toEpochDay()) / 365.0;
        double upper = solve(value, years, 0.25 * debit);
        double lower = solve(value, years, -0.25 * debit);

        PlanProbabilities p = SIMULATOR.simulate(call, plan, PlanCosts.NONE, 1.0);

        SmileDistribution day = new SmileDistribution(call.model().withYearsToExpiry(years), skew);
        assertThat(p.target()).isCloseTo(day.probabilityAbove(upper), within(PROBABILITY_TOLERANCE));
        assertThat(p.stop()).isCloseTo(1 - day.probabilityAbove(lower), within(PROBABILITY_TOLERANCE));
        assertThat(p.target() + p.stop() + p.time()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void test_simulate_sameSeed_sameFigures() {
        Candidate condor = ExitFixtures.candidate(StrategyRegistry.get("Iron Condor"));
        ExitPlan plan = new ExitPlanner(ExitFixtures.settings()).plan(condor, RiskTolerance.MODERATE);
        PlanSimulator simulator = new PlanSimulator(TradingDays.WEEKDAYS, 2000, 11L);

        assertThat(simulator.simulate(condor, plan, PlanCosts.NONE, 1.0))
                .isEqualTo(simulator.simulate(condor, plan, PlanCosts.NONE, 1.0));
    }

    @Test
    void test_simulate_costs_lowerExpectedPnlByAtLeastEntryCost() {
        Candidate condor = ExitFixtures.candidate(StrategyRegistry.get("Iron Condor"));
        ExitPlan plan = new ExitPlanner(ExitFixtures.settings()).plan(condor, RiskTolerance.MODERATE);
        PlanSimulator simulator = new PlanSimulator(TradingDays.WEEKDAYS, 2000, 11L);

        double gross = simulator.simulate(condor, plan, PlanCosts.NONE, 1.0).expectedPnl();
        double net = simulator
                .simulate(condor, plan, new PlanCosts(100.0, v -> 0.01 * v), 1.0)
                .expectedPnl();

        assertThat(net).isLessThanOrEqualTo(gross - 100.0);
    }

    private static Candidate withSmile(Candidate c, VolatilitySmile smile) {
        return new Candidate(
                c.symbol(),
                c.asOf(),
                c.definition(),
                c.spot(),
                c.legs(),
                c.underlyingUnits(),
                c.lotSize(),
                c.strategy(),
                c.figures(),
                c.greeks(),
                c.netPremium(),
                c.nearExpiry(),
                c.farExpiry(),
                c.daysToExpiry(),
                c.atmVolatility(),
                c.model(),
                smile,
                c.reference(),
                c.economics());
    }

    private static ExitPlan plan(Candidate candidate, double target, double stop, LocalDate exit) {
        return new ExitPlan(
                candidate.name(),
                RiskTolerance.MODERATE,
                ProfitBasis.DEBIT_PAID,
                0.1,
                List.of(new ProfitTarget(target, 1.0, "test target")),
                new StopLoss(
                        StopBasis.DEBIT_FRACTION,
                        -candidate.netPremium(),
                        0.1,
                        stop,
                        -candidate.netPremium(),
                        "test stop"),
                new TimeExit((int) (candidate.nearExpiry().toEpochDay() - exit.toEpochDay()), exit, false, "test"),
                List.of(),
                List.of());
    }

    /** Returns the spot at which the call's model P&amp;L after {@code years} equals {@code pnl}, by bisection. */
    private static double solve(PositionValue value, double years, double pnl) {
        double low = value.spot() * 0.5;
        double high = value.spot() * 1.5;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (low + high);
            if (value.pnl(years, mid) < pnl) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }
}
