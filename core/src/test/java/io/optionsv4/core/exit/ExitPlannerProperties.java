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
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of exit plans over random candidates of every registered strategy in random lognormal markets. */
class ExitPlannerProperties {

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
