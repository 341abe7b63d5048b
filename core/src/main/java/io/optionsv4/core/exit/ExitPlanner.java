package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.StopBasis;
import io.optionsv4.core.exit.ExitPlan.StopLoss;
import io.optionsv4.core.exit.ExitPlan.TimeExit;
import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.HoldingCheck;
import io.optionsv4.core.selection.RiskTolerance;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the {@link ExitPlan} of a constructed strategy from the {@link ExitSettings}.
 *
 * <p>The rule is the strategy's override or its category's rule for short-premium positions (opened for a credit, or
 * with unlimited loss) or long-premium positions (opened for a debit). The profit targets have one basis per payoff
 * shape and are checked for reachability before the time exit ({@link ProfitTargets}). The stop loss is chosen as
 * follows, and always lies strictly inside a finite maximum loss (at most {@value #STOP_CAP} of it):
 *
 * <ul>
 *   <li>unlimited loss: a multiple of the premium received for the sold options ({@code CREDIT_MULTIPLE});
 *   <li>bounded loss, holding the underlying (covered call) or a net premium below
 *       {@link ExitSettings#minimumPremiumShare()} of the maximum loss: a fraction of the maximum loss
 *       ({@code MAX_LOSS_FRACTION});
 *   <li>otherwise a multiple of the credit received ({@code CREDIT_MULTIPLE}) or a fraction of the debit paid
 *       ({@code DEBIT_FRACTION}).
 * </ul>
 *
 * <p>The time exit is the last trading day on or before the rule's days to the (near) expiry; it must leave
 * {@link ExitSettings#minimumHoldingDays()} trading days after entry ({@link TimeExitPlanner}), which the planner
 * offers to construction as a {@link HoldingCheck}. Stateless apart from its settings; thread-safe.
 */
public final class ExitPlanner implements HoldingCheck {

    /** The largest stop loss as a share of a finite maximum loss: a stop must trigger before the maximum is lost. */
    public static final double STOP_CAP = 0.9;

    private final ExitSettings settings;
    private final TimeExitPlanner timeExits;

    /** Returns a planner using {@code settings} on a weekday calendar. */
    public ExitPlanner(ExitSettings settings) {
        this(settings, TradingDays.WEEKDAYS);
    }

    /** Returns a planner using {@code settings} whose time exits fall on the trading days {@code days}. */
    public ExitPlanner(ExitSettings settings, TradingDays days) {
        this.settings = Checks.notNull(settings, "settings");
        this.timeExits = new TimeExitPlanner(days, settings.minimumHoldingDays());
    }

    /**
     * Returns the exit plan of {@code candidate} for a trader of {@code tolerance}.
     *
     * @throws IllegalArgumentException when an argument is null
     */
    public ExitPlan plan(Candidate candidate, RiskTolerance tolerance) {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(tolerance, "tolerance");
        ExitRule rule = rule(candidate);
        TimeExit timeExit = timeExits.timeExit(candidate, rule.timeExitDte());
        ProfitTargets.Targets targets = ProfitTargets.plan(candidate, rule, timeExit.date());
        return new ExitPlan(
                candidate.name(),
                tolerance,
                targets.basis(),
                targets.finalFraction(),
                targets.levels(),
                stopLoss(candidate, rule, tolerance),
                timeExit,
                GreekTriggers.of(candidate, rule.greeks()),
                Adjustments.of(candidate));
    }

    /** Returns why the rule's time exit of {@code candidate} falls within the minimum holding period, or empty. */
    @Override
    public Optional<String> violation(Candidate candidate) {
        return timeExits.violation(
                candidate, rule(Checks.notNull(candidate, "candidate")).timeExitDte());
    }

    private ExitRule rule(Candidate candidate) {
        boolean unlimitedLoss = candidate.figures().maxLoss().isUnlimited();
        return settings.ruleFor(candidate.definition(), candidate.isCredit() || unlimitedLoss);
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
            double loss = Math.min(multiple, STOP_CAP) * risk;
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
                            percent(loss / Math.max(risk, Double.MIN_NORMAL)),
                            rupees(risk),
                            tolerance.label()));
        }
        boolean credit = candidate.isCredit();
        double multiple = rule.premiumStop(tolerance);
        double loss = Math.min(multiple * premium, STOP_CAP * risk);
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
                        loss < multiple * premium ? ", capped at " + percent(STOP_CAP) + " of the max loss" : "",
                        tolerance.label()));
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
