package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.round;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.selection.RiskManagement;
import java.util.List;

/**
 * The exit plan of one strategy in the {@code analyze} document ({@link AnalysisStrategyJson}): profit targets, stop
 * loss, time exit, greek triggers and adjustments, in rupees of P&amp;L for the whole position; and how following it
 * is expected to end.
 */
final class AnalysisExitPlanJson {

    private AnalysisExitPlanJson() {}

    /**
     * The exit plan.
     *
     * @param profitBasis what the profit target is a fraction of
     * @param profitTargetFraction the fraction
     * @param profitTargets the profit targets, nearest first
     * @param stopLoss the stop loss
     * @param timeExit the time exit
     * @param greekTriggers the greek triggers
     * @param adjustments the adjustments
     * @param maxRisk the most the position may lose, rupees
     */
    record Plan(
            String profitBasis,
            double profitTargetFraction,
            List<ProfitTarget> profitTargets,
            StopLoss stopLoss,
            TimeExit timeExit,
            List<GreekTrigger> greekTriggers,
            List<Adjustment> adjustments,
            double maxRisk) {}

    /**
     * A profit target.
     *
     * @param pnl the P&amp;L it triggers at
     * @param closeFraction the part of the position it closes
     * @param description the target in words
     */
    record ProfitTarget(double pnl, double closeFraction, String description) {}

    /**
     * The stop loss.
     *
     * @param basis what it is a multiple of
     * @param basisRupees that amount
     * @param multiple the multiple
     * @param pnl the P&amp;L it triggers at
     * @param description the stop in words
     */
    record StopLoss(String basis, double basisRupees, double multiple, double pnl, String description) {}

    /**
     * The time exit.
     *
     * @param dte the days to expiry it closes at
     * @param date the day it closes on
     * @param clampedToExpiry whether the day was moved to the expiry
     * @param description the exit in words
     */
    record TimeExit(int dte, String date, boolean clampedToExpiry, String description) {}

    /**
     * A greek trigger.
     *
     * @param greek the greek
     * @param entry its value at entry
     * @param limit the value it triggers at
     * @param exitFraction the part of the position it closes
     * @param action what to do, in words
     */
    record GreekTrigger(String greek, double entry, double limit, double exitFraction, String action) {}

    /**
     * An adjustment.
     *
     * @param kind its kind
     * @param underlyingTrigger the underlying price it triggers at
     * @param crossing the direction of the crossing
     * @param condition the condition in words
     * @param suggestion what to do, in words
     * @param strategies the strategies it may turn the position into
     */
    record Adjustment(
            String kind,
            double underlyingTrigger,
            String crossing,
            String condition,
            String suggestion,
            List<String> strategies) {}

    /**
     * The plan-aware figures ({@code core.exit.PlanSimulator}): how following the exit plan ends and what it is
     * expected to make, beside the expiry PoP of {@code figures} (which holds to expiry).
     *
     * @param targetFirst the probability the target is reached first
     * @param stopFirst the probability the stop is reached first
     * @param timeExit the probability the time exit comes first
     * @param planProbabilityOfProfit the probability the plan ends in profit
     * @param expectedPnlUnderPlan the expected P&amp;L under the plan
     * @param expectedPnlStandardError its standard error
     * @param expectedTradingDaysHeld the expected holding, trading days
     * @param paths the simulated paths
     * @param seed their seed
     * @param costsIncluded whether the P&amp;L is after costs
     */
    record PlanFigures(
            double targetFirst,
            double stopFirst,
            double timeExit,
            double planProbabilityOfProfit,
            double expectedPnlUnderPlan,
            double expectedPnlStandardError,
            double expectedTradingDaysHeld,
            int paths,
            long seed,
            boolean costsIncluded) {}

    /** Returns the record of {@code plan} with the maximum risk of {@code risk}. */
    static Plan plan(ExitPlan plan, RiskManagement risk) {
        ExitPlan.StopLoss stop = plan.stopLoss();
        ExitPlan.TimeExit time = plan.timeExit();
        return new Plan(
                plan.profitBasis().name(),
                round(plan.profitTargetFraction(), 4),
                plan.profitTargets().stream()
                        .map(t ->
                                new ProfitTarget(round(t.pnlRupees(), 2), round(t.closeFraction(), 4), t.description()))
                        .toList(),
                new StopLoss(
                        stop.basis().name(),
                        round(stop.basisRupees(), 2),
                        round(stop.multiple(), 4),
                        round(stop.pnlTrigger(), 2),
                        stop.description()),
                new TimeExit(time.dte(), time.date().toString(), time.clamped(), time.description()),
                plan.greekTriggers().stream()
                        .map(g -> new GreekTrigger(
                                g.kind().name(),
                                round(g.entryValue(), 6),
                                round(g.limit(), 6),
                                round(g.exitFraction(), 4),
                                g.action()))
                        .toList(),
                plan.adjustments().stream()
                        .map(a -> new Adjustment(
                                a.kind().name(),
                                round(a.underlyingTrigger(), 2),
                                a.crossing().name(),
                                a.condition(),
                                a.suggestion(),
                                a.strategies()))
                        .toList(),
                round(risk.maxRiskRupees(), 2));
    }

    /** Returns the plan-aware figures {@code p}. */
    static PlanFigures planFigures(PlanProbabilities p, boolean costsIncluded) {
        return new PlanFigures(
                round(p.target(), 4),
                round(p.stop(), 4),
                round(p.time(), 4),
                round(p.profit(), 4),
                round(p.expectedPnl(), 2),
                round(p.standardError(), 2),
                round(p.expectedHoldingDays(), 2),
                p.paths(),
                p.seed(),
                costsIncluded);
    }
}
