package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.ProfitBasis;
import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import io.optionsv4.core.exit.ExitPlan.StopBasis;
import io.optionsv4.core.exit.ExitPlan.StopLoss;
import io.optionsv4.core.exit.ExitPlan.TimeExit;
import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.exit.ExitSettings.ScalingLevel;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.RiskTolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the {@link ExitPlan} of a constructed strategy from the {@link ExitSettings}.
 *
 * <p>The rule is the strategy's override or its category's rule for short-premium positions (opened for a credit, or
 * with unlimited loss) or long-premium positions (opened for a debit). Profit targets are the rule's fraction of the
 * finite maximum profit (of the debit paid when the maximum profit is unlimited), split into the scaling levels; they
 * never exceed the maximum profit. The stop loss is chosen as follows:
 *
 * <ul>
 *   <li>unlimited loss: a multiple of the premium received for the sold options ({@code CREDIT_MULTIPLE});
 *   <li>bounded loss, holding the underlying (covered call) or a net premium below
 *       {@link ExitSettings#minimumPremiumShare()} of the maximum loss: a fraction of the maximum loss
 *       ({@code MAX_LOSS_FRACTION});
 *   <li>otherwise a multiple of the credit received ({@code CREDIT_MULTIPLE}) or a fraction of the debit paid
 *       ({@code DEBIT_FRACTION}), capped at the maximum loss.
 * </ul>
 *
 * <p>The time exit is the rule's days to the (near) expiry; when no more days than that remain at entry, the exit moves
 * to the expiry day's morning (DTE 0). Stateless apart from its settings; thread-safe.
 */
public final class ExitPlanner {

    private final ExitSettings settings;

    /** Returns a planner using {@code settings}. */
    public ExitPlanner(ExitSettings settings) {
        this.settings = Checks.notNull(settings, "settings");
    }

    /**
     * Returns the exit plan of {@code candidate} for a trader of {@code tolerance}.
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public ExitPlan plan(Candidate candidate, RiskTolerance tolerance) {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(tolerance, "tolerance");
        boolean unlimitedLoss = candidate.figures().maxLoss().isUnlimited();
        ExitRule rule = settings.ruleFor(candidate.definition(), candidate.isCredit() || unlimitedLoss);
        Amount maxProfit = candidate.figures().maxProfit();
        ProfitBasis profitBasis = maxProfit.isUnlimited() ? ProfitBasis.DEBIT_PAID : ProfitBasis.MAX_PROFIT;
        double profitBasisRupees =
                maxProfit.isUnlimited() ? Math.max(0.0, -candidate.netPremium()) : Math.max(0.0, maxProfit.orElse(0.0));
        double targetFraction = profitBasisRupees > 0 ? rule.profitTarget() : 0.0;
        return new ExitPlan(
                candidate.name(),
                tolerance,
                profitBasis,
                targetFraction,
                profitTargets(rule, profitBasis, profitBasisRupees),
                stopLoss(candidate, rule, tolerance),
                timeExit(candidate, rule),
                GreekTriggers.of(candidate, rule.greeks()),
                Adjustments.of(candidate));
    }

    private static List<ProfitTarget> profitTargets(ExitRule rule, ProfitBasis basis, double basisRupees) {
        List<ProfitTarget> targets = new ArrayList<>();
        if (basisRupees <= 0) {
            return targets;
        }
        String basisName = basis == ProfitBasis.MAX_PROFIT ? "max profit" : "debit paid";
        List<ScalingLevel> levels = rule.scaling();
        for (int i = 0; i < levels.size(); i++) {
            ScalingLevel level = levels.get(i);
            double fraction = rule.profitTarget() * level.targetFraction();
            double pnl = basisRupees * fraction;
            targets.add(new ProfitTarget(
                    pnl,
                    level.closeFraction(),
                    String.format(
                            Locale.ROOT,
                            "level %d of %d: close %s of the position at a profit of %s (%s of the %s %s)",
                            i + 1,
                            levels.size(),
                            percent(level.closeFraction()),
                            rupees(pnl),
                            percent(fraction),
                            basisName,
                            rupees(basisRupees))));
        }
        return targets;
    }

    private StopLoss stopLoss(Candidate candidate, ExitRule rule, RiskTolerance tolerance) {
        Amount maxLoss = candidate.figures().maxLoss();
        if (maxLoss.isUnlimited()) {
            double sold = soldPremium(candidate);
            double multiple = rule.premiumStop(tolerance);
            double loss = multiple * sold;
            return new StopLoss(
                    StopBasis.CREDIT_MULTIPLE,
                    sold,
                    multiple,
                    loss,
                    loss,
                    String.format(
                            Locale.ROOT,
                            "unlimited loss: stop at a loss of %s = %.2fx the %s received for the sold options (%s)",
                            rupees(loss),
                            multiple,
                            rupees(sold),
                            tolerance.label()));
        }
        double risk = Math.max(0.0, maxLoss.orElse(0.0));
        double premium = Math.abs(candidate.netPremium());
        if (candidate.definition().holdsUnderlying()
                || premium <= 0
                || premium < settings.minimumPremiumShare() * risk) {
            double multiple = rule.maxLossStop(tolerance);
            double loss = multiple * risk;
            String why = candidate.definition().holdsUnderlying()
                    ? "the premium is small against the underlying's risk"
                    : "the net premium " + rupees(premium) + " is too small a basis";
            return new StopLoss(
                    StopBasis.MAX_LOSS_FRACTION,
                    risk,
                    multiple,
                    loss,
                    risk,
                    String.format(
                            Locale.ROOT,
                            "%s: stop at a loss of %s = %s of the max loss %s (%s)",
                            why,
                            rupees(loss),
                            percent(multiple),
                            rupees(risk),
                            tolerance.label()));
        }
        boolean credit = candidate.isCredit();
        double multiple = rule.premiumStop(tolerance);
        double loss = Math.min(multiple * premium, risk);
        String rule1 = credit
                ? String.format(Locale.ROOT, "%.2fx the credit %s", multiple, rupees(premium))
                : String.format(Locale.ROOT, "%s of the debit %s", percent(multiple), rupees(premium));
        return new StopLoss(
                credit ? StopBasis.CREDIT_MULTIPLE : StopBasis.DEBIT_FRACTION,
                premium,
                multiple,
                loss,
                risk,
                String.format(
                        Locale.ROOT,
                        "stop at a loss of %s = %s%s (%s)",
                        rupees(loss),
                        rule1,
                        loss < multiple * premium ? ", capped at the max loss" : "",
                        tolerance.label()));
    }

    private static TimeExit timeExit(Candidate candidate, ExitRule rule) {
        int dte = rule.timeExitDte();
        int left = candidate.daysToExpiry();
        if (dte > 0 && left <= dte) {
            return new TimeExit(
                    0,
                    candidate.nearExpiry(),
                    true,
                    String.format(
                            Locale.ROOT,
                            "only %d days to expiry at entry, not more than the %d-DTE time exit: close on the"
                                    + " expiry day's morning (%s) at the latest",
                            left,
                            dte,
                            candidate.nearExpiry()));
        }
        return new TimeExit(
                dte,
                candidate.nearExpiry().minusDays(dte),
                false,
                String.format(
                        Locale.ROOT,
                        "close at %d days to expiry (%s, expiry %s)",
                        dte,
                        candidate.nearExpiry().minusDays(dte),
                        candidate.nearExpiry()));
    }

    /** Returns the rupees received for the position's sold options. */
    static double soldPremium(Candidate candidate) {
        double sold = 0;
        for (CandidateLeg leg : candidate.legs()) {
            if (leg.side() == Side.SELL) {
                sold += leg.premiumPerUnit() * leg.lots() * (double) candidate.lotSize();
            }
        }
        return sold;
    }

    static String rupees(double value) {
        return RupeeFormat.format(value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
