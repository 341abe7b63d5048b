package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.RiskManagement;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of exit plans over random candidates of every registered strategy in random lognormal markets. */
class ExitPlannerProperties {

    /** Half a paisa, in rupees: below what any booked amount can show. */
    private static final double HALF_PAISA = 0.005;

    /** The tick floor of an option price, rupees. */
    private static final double FLOOR = 0.05;

    private static final double RUPEE_TOLERANCE = 1e-6;
    private static final ExitPlanner PLANNER = new ExitPlanner(ExitFixtures.settings());

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void test_plan_riskManagementAlwaysValid(
            @ForAll("candidates") Candidate candidate, @ForAll RiskTolerance tolerance) {
        ExitPlan plan = PLANNER.plan(candidate, tolerance);

        RiskManagement risk = plan.riskManagement();

        assertThat(risk.profitTarget()).isBetween(0.0, 1.0);
        assertThat(risk.stopLoss()).isBetween(0.0, 1.0);
        assertThat(risk.timeExitDte()).isBetween(0, candidate.daysToExpiry());
        assertThat(risk.maxRiskRupees()).isGreaterThanOrEqualTo(0.0);
        Amount maxLoss = candidate.figures().maxLoss();
        if (!maxLoss.isUnlimited()) {
            assertThat(plan.stopLoss().lossRupees()).isLessThanOrEqualTo(Math.max(0, maxLoss.orElse(0)));
        }
        Amount maxProfit = candidate.figures().maxProfit();
        double ceiling = maxProfit.isUnlimited() ? Math.max(0, -candidate.netPremium()) : maxProfit.orElse(0);
        for (ProfitTarget target : plan.profitTargets()) {
            assertThat(target.pnlRupees()).isLessThanOrEqualTo(ceiling + RUPEE_TOLERANCE);
        }
        assertThat(plan.timeExit().date()).isBetween(candidate.asOf(), candidate.nearExpiry());
        ExitPlannerTest.assertOrdered(plan.exitLevels());
    }

    /** Weekdays without the fixed-date NSE holidays, so that exits must step around holidays too. */
    private static final TradingDays CALENDAR = new TradingDays(d -> TradingDays.WEEKDAYS.test(d)
            && !(d.getMonthValue() == 1 && d.getDayOfMonth() == 26)
            && !(d.getMonthValue() == 8 && d.getDayOfMonth() == 15)
            && !(d.getMonthValue() == 10 && d.getDayOfMonth() == 2)
            && !(d.getMonthValue() == 12 && d.getDayOfMonth() == 25));

    private static final ExitPlanner CALENDAR_PLANNER = new ExitPlanner(ExitFixtures.settings(), CALENDAR);

    private static final PlanSimulator SIMULATOR = new PlanSimulator(CALENDAR, 400, 3L);

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void test_plan_timeExitOnTradingDayAfterMinimumHolding_whenNoViolation(
            @ForAll("candidates") Candidate candidate, @ForAll RiskTolerance tolerance) {
        ExitPlan plan = CALENDAR_PLANNER.plan(candidate, tolerance);

        assertThat(CALENDAR.test(plan.timeExit().date())).isTrue();
        if (CALENDAR_PLANNER.violation(candidate).isEmpty()) {
            assertThat(plan.timeExit().clamped()).isFalse();
            assertThat(CALENDAR.between(candidate.asOf(), plan.timeExit().date()))
                    .isGreaterThanOrEqualTo(ExitFixtures.settings().minimumHoldingDays());
        } else {
            assertThat(plan.timeExit().clamped()).isTrue();
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void test_plan_stopInsideMaxLossAndTargetsReachable(
            @ForAll("candidates") Candidate candidate, @ForAll RiskTolerance tolerance) {
        ExitPlan plan = CALENDAR_PLANNER.plan(candidate, tolerance);

        Amount maxLoss = candidate.figures().maxLoss();
        if (!maxLoss.isUnlimited() && maxLoss.orElse(0) > 0) {
            assertThat(plan.stopLoss().lossRupees()).isLessThan(maxLoss.orElse(0));
        }
        double reach = ProfitTargets.reachableMax(candidate, plan.timeExit().date());
        for (ProfitTarget target : plan.profitTargets()) {
            assertThat(target.pnlRupees()).isLessThanOrEqualTo(reach);
        }
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void test_simulate_probabilitiesSumToOne(
            @ForAll("candidates") Candidate candidate, @ForAll RiskTolerance tolerance) {
        ExitPlan plan = CALENDAR_PLANNER.plan(candidate, tolerance);

        PlanProbabilities p = SIMULATOR.simulate(candidate, plan, PlanCosts.NONE, 1.0);

        assertThat(p.target() + p.stop() + p.time()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p.target()).isBetween(0.0, 1.0);
        assertThat(p.stop()).isBetween(0.0, 1.0);
    }

    /**
     * At mid prices under the market's own volatilities the plan is a fair game: every leg is valued at the volatility
     * it is priced at and the underlying follows the same risk-neutral lognormal, so the position's value is a
     * martingale up to the risk-free drift and the plan (a stopping rule) cannot change its expectation. Tolerance:
     * 5 Monte Carlo standard errors, the rate drift over the horizon on the gross value, the premiums' rounding to the
     * tick (the P&amp;L at entry), 1 % of the gross premium for the grid's interpolation, and half a paisa. Plans that
     * exit on the day of entry are left out: the fixture's one-day candidates expire on a Saturday, so the planner
     * exits on entry and the simulator observes the expiry itself, where 1,000 paths cannot see a leg whose chance of
     * finishing in the money is below 1 in 1,000 (standard error 0) and miss its whole model value (seed
     * 5888615941487592465 and others: a 1-DTE strangle at the 0.05 floor, 0.31 rupees of model value missed on 30 of
     * premium).
     */
    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void test_simulate_midPricesUnderMarketSmile_expectedPnlZero(
            @ForAll("candidates") Candidate candidate, @ForAll RiskTolerance tolerance) {
        ExitPlan plan = CALENDAR_PLANNER.plan(candidate, tolerance);
        Assume.that(plan.timeExit().date().isAfter(candidate.asOf()));
        // Legs at the 5-paise floor are far options worth a fraction of a paisa, in the money on fewer than 1 in 1,000
        // paths: the simulation sees none of their value (standard error 0), as with the same-day plans above (seed
        // 7542802660800027567: a 3-DTE strangle of two floor-priced legs missed 0.3 paise beyond the tolerance).
        Assume.that(candidate.legs().stream().allMatch(leg -> leg.premiumPerUnit() > FLOOR));
        PositionValue value = new PositionValue(candidate, 1.0);
        double gross = 0;
        for (var leg : candidate.legs()) {
            gross += Math.abs(leg.premiumPerUnit() * leg.lots() * candidate.lotSize());
        }
        double horizon = (plan.timeExit().date().toEpochDay() - candidate.asOf().toEpochDay()) / 365.0;
        double drift = Math.abs(Math.expm1(candidate.model().rate() * horizon))
                * (gross + candidate.underlyingUnits() * candidate.spot());

        PlanProbabilities p = SIMULATOR.simulate(candidate, plan, PlanCosts.NONE, 1.0);

        double tolerance2 =
                5 * p.standardError() + drift + Math.abs(value.pnl(0, candidate.spot())) + 0.01 * gross + HALF_PAISA;
        assertThat(Math.abs(p.expectedPnl())).isLessThanOrEqualTo(tolerance2);
    }

    @Provide
    Arbitrary<Candidate> candidates() {
        Arbitrary<StrategyDefinition> definitions = Arbitraries.of(StrategyRegistry.all());
        Arbitrary<Double> spots = Arbitraries.doubles().between(50, 20_000);
        Arbitrary<Double> vols = Arbitraries.doubles().between(0.05, 1.0);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> lots = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> lotSizes = Arbitraries.of(1, 25, 50, 75, 1800);
        Arbitrary<Double> steps = Arbitraries.doubles().between(0.005, 0.08).ofScale(3);
        return Combinators.combine(definitions, spots, vols, days, lots, lotSizes, steps)
                .as((definition, spot, vol, dte, lotCount, lotSize, step) -> ExitFixtures.candidate(
                        definition,
                        ExitFixtures.strikes(definition, spot, Math.max(0.05, Math.round(spot * step * 20) / 20.0)),
                        new ExitFixtures.Market(spot, vol, dte, lotCount, lotSize)));
    }
}
