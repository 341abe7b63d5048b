package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.ProfitBasis;
import io.optionsv4.core.exit.ExitPlan.ProfitTarget;
import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.exit.ExitSettings.ScalingLevel;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.PayoffProfile;
import io.optionsv4.core.selection.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The profit targets of a plan: one basis per payoff shape, each level checked for reachability before the time exit.
 *
 * <ul>
 *   <li>opened for a credit: fractions of the credit received ({@link ProfitBasis#CREDIT_RECEIVED});
 *   <li>opened for a debit with a <em>bounded</em> maximum profit, one the payoff at expiry attains within
 *       {@value #BOUNDED_SIGMAS} standard deviations of the forward (debit verticals, butterflies, calendars):
 *       fractions of that maximum profit ({@link ProfitBasis#MAX_PROFIT});
 *   <li>otherwise (long calls, puts, straddles, strangles: the maximum is unlimited or lies at a zero underlying):
 *       multiples of the debit paid ({@link ProfitBasis#DEBIT_PAID}).
 * </ul>
 *
 * <p>Reachable means: the model P&amp;L ({@link PositionValue}, the market's smile) reaches the level somewhere within
 * {@value #REACH_SIGMAS} standard deviations of the spot on some trading-day close up to the time exit. A level above
 * the reachable maximum is dropped; when every level is dropped, one level at {@value #LOWERED_SHARE} of the
 * reachable maximum replaces them. The descriptions say so. Stateless.
 */
final class ProfitTargets {

    static final double BOUNDED_SIGMAS = 3.0;
    static final double REACH_SIGMAS = 3.0;
    static final double LOWERED_SHARE = 0.8;
    private static final int TIMES = 6;
    private static final int SPOTS = 41;

    /** The basis, its rupees and the levels. */
    record Targets(ProfitBasis basis, double basisRupees, double finalFraction, List<ProfitTarget> levels) {}

    private ProfitTargets() {}

    static Targets plan(Candidate candidate, ExitRule rule, LocalDate timeExit) {
        ProfitBasis basis = basis(candidate);
        double basisRupees = switch (basis) {
            case CREDIT_RECEIVED -> candidate.netPremium();
            case MAX_PROFIT -> candidate.figures().maxProfit().orElse(0.0);
            case DEBIT_PAID -> -candidate.netPremium();
        };
        if (!(basisRupees > 0)) {
            return new Targets(basis, Math.max(0.0, basisRupees), 0.0, List.of());
        }
        double reachable = reachableMax(candidate, timeExit);
        List<ProfitTarget> levels = new ArrayList<>();
        List<ScalingLevel> scaling = rule.scaling();
        int dropped = 0;
        double closed = 0;
        for (int i = 0; i < scaling.size(); i++) {
            double fraction = rule.profitTarget() * scaling.get(i).targetFraction();
            double pnl = basisRupees * fraction;
            double close = scaling.get(i).closeFraction();
            if (pnl > reachable) {
                dropped++;
                continue;
            }
            boolean last = i == scaling.size() - 1;
            double share = last ? 1.0 - closed : close;
            closed += share;
            levels.add(new ProfitTarget(
                    pnl, share, describe(i, scaling.size(), share, pnl, fraction, basis, basisRupees)));
        }
        if (dropped > 0 && !levels.isEmpty()) {
            ProfitTarget top = levels.removeLast();
            double share = top.closeFraction() + (1.0 - closed);
            levels.add(new ProfitTarget(
                    top.pnlRupees(),
                    share,
                    top.description()
                            + String.format(
                                    Locale.ROOT,
                                    "; %d higher level(s) dropped: beyond the model's reach %s by the time exit",
                                    dropped,
                                    ExitPlanner.rupees(reachable))));
        } else if (levels.isEmpty() && reachable > 0) {
            double pnl = LOWERED_SHARE * reachable;
            levels.add(new ProfitTarget(
                    pnl,
                    1.0,
                    String.format(
                            Locale.ROOT,
                            "close all at a profit of %s: the rule's targets (from %s) lie beyond the model's reach %s"
                                    + " by the time exit, lowered to %.0f%% of it",
                            ExitPlanner.rupees(pnl),
                            ExitPlanner.rupees(basisRupees
                                    * rule.profitTarget()
                                    * scaling.getFirst().targetFraction()),
                            ExitPlanner.rupees(reachable),
                            100 * LOWERED_SHARE)));
        }
        double finalFraction =
                levels.isEmpty() ? 0.0 : Math.min(1.0, levels.getLast().pnlRupees() / basisRupees);
        return new Targets(basis, basisRupees, finalFraction, levels);
    }

    static ProfitBasis basis(Candidate candidate) {
        if (candidate.isCredit()) {
            return ProfitBasis.CREDIT_RECEIVED;
        }
        Amount maxProfit = candidate.figures().maxProfit();
        if (maxProfit.isUnlimited()) {
            return ProfitBasis.DEBIT_PAID;
        }
        if (candidate.farExpiry().isPresent()) {
            // A calendar's or diagonal's maximum lies near its strikes at the near expiry: bounded and within reach.
            return ProfitBasis.MAX_PROFIT;
        }
        double sigma = Math.max(candidate.model().logStdDev(), 1e-6);
        double forward = candidate.model().forward();
        PayoffProfile payoff = candidate.strategy().payoff();
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= SPOTS; j++) {
            double z = -BOUNDED_SIGMAS + 2 * BOUNDED_SIGMAS * j / SPOTS;
            best = Math.max(best, payoff.valueAt(forward * Math.exp(z * sigma)));
        }
        for (double strike : payoff.strikes()) {
            if (Math.abs(Math.log(strike / forward)) <= BOUNDED_SIGMAS * sigma) {
                best = Math.max(best, payoff.valueAt(strike));
            }
        }
        double max = maxProfit.orElse(0.0);
        return best >= max - 1e-6 * Math.max(1.0, Math.abs(max)) ? ProfitBasis.MAX_PROFIT : ProfitBasis.DEBIT_PAID;
    }

    /** Returns the largest model P&amp;L within the reach band on the closes up to {@code timeExit}. */
    static double reachableMax(Candidate candidate, LocalDate timeExit) {
        PositionValue position = new PositionValue(candidate, 1.0);
        double horizon =
                Math.max(1, timeExit.toEpochDay() - candidate.asOf().toEpochDay()) / TimeToExpiry.DAYS_PER_YEAR;
        double vol = Math.max(candidate.atmVolatility(), 1e-4);
        double[] prices = new double[SPOTS];
        double[] pnl = new double[SPOTS];
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= TIMES; t++) {
            double elapsed = horizon * t / TIMES;
            double width = REACH_SIGMAS * vol * Math.sqrt(elapsed);
            for (int j = 0; j < SPOTS; j++) {
                double z = -width + 2 * width * j / (SPOTS - 1);
                prices[j] = position.spot() * Math.exp(z);
            }
            position.pnl(elapsed, prices, pnl);
            for (int j = 0; j < SPOTS; j++) {
                best = Math.max(best, pnl[j]);
            }
        }
        return best;
    }

    private static String describe(
            int i, int count, double close, double pnl, double fraction, ProfitBasis basis, double basisRupees) {
        String name = switch (basis) {
            case CREDIT_RECEIVED -> "credit received";
            case MAX_PROFIT -> "max profit";
            case DEBIT_PAID -> "debit paid";
        };
        return String.format(
                Locale.ROOT,
                "level %d of %d: close %s of the position at a profit of %s (%s of the %s %s)",
                i + 1,
                count,
                ExitPlanner.percent(close),
                ExitPlanner.rupees(pnl),
                ExitPlanner.percent(fraction),
                name,
                ExitPlanner.rupees(basisRupees));
    }
}
