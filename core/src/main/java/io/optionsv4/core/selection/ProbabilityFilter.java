package io.optionsv4.core.selection;

import io.optionsv4.core.money.RupeeFormat;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.PayoffProfile;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.RiskProfile;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The probability filter by risk tolerance (issue 5, part 4): keeps a built strategy only when its probability of
 * profit, reward and maximum loss suit the trader's {@link RiskTolerance}.
 *
 * <p>The figures judged are {@link Candidate#netFigures() net of the round-trip costs} (issue 12): one loss measure
 * for every family, the net maximum loss at the (first) expiry (for calendars and diagonals the worst net P&amp;L over
 * the stated stress range), and for unlimited or stock-bounded losses the stress loss below.
 *
 * <p>Checks, in this order, the first failing one deciding:
 *
 * <ol>
 *   <li>PoP below the tolerance's minimum: {@link RejectionReason#BELOW_POP_THRESHOLD} (a PoP equal to the minimum
 *       passes);
 *   <li>maximum profit {@code <= 0}: {@link RejectionReason#NO_REWARD};
 *   <li>a finite maximum loss above {@link CapitalSettings#maxLossPerTrade}: {@link RejectionReason#ABOVE_MAX_LOSS}
 *       (equal passes);
 *   <li>a strategy whose loss is bounded only by the underlying falling to zero ({@link RiskProfile#SUBSTANTIAL}:
 *       covered call, cash-secured put, jade lizard, put ratio spread) with a finite maximum loss above the limit:
 *       allowed for {@link RiskTolerance#MODERATE} and {@link RiskTolerance#AGGRESSIVE} when its {@link #stressLoss
 *       stress loss} at a {@value #STRESS_SIGMAS}-sigma move is within the limit (the position is then managed by its
 *       stop like a stock position); {@link RiskTolerance#CONSERVATIVE} keeps the full maximum loss as the test;
 *   <li>an unlimited maximum loss: allowed only for {@link RiskTolerance#AGGRESSIVE}, and only when the {@link
 *       #stressLoss stress loss} at a {@value #STRESS_SIGMAS}-sigma move is within the limit; otherwise {@link
 *       RejectionReason#ABOVE_MAX_LOSS}.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProbabilityFilter {

    /** The size of the move, in standard deviations of the log price to expiry, used to test unlimited losses. */
    public static final double STRESS_SIGMAS = 2.0;

    private static final double DAYS_PER_YEAR = 365.0;

    private final CapitalSettings capital;

    /** Creates the filter for {@code capital}. */
    public ProbabilityFilter(CapitalSettings capital) {
        this.capital = Checks.notNull(capital, "capital");
    }

    /** Returns the capital settings the filter applies. */
    public CapitalSettings capital() {
        return capital;
    }

    /**
     * Returns why {@code candidate} does not suit {@code tolerance}, or empty when it passes.
     *
     * @return a rejection naming the strategy, the reason and the numbers, e.g. {@code "PoP 18.2% < 25.0%"}
     */
    public Optional<Rejection> check(Candidate candidate, RiskTolerance tolerance) {
        Checks.notNull(candidate, "candidate");
        RiskLimits limits = capital.limits(tolerance);
        StrategyFigures figures = candidate.netFigures();
        double pop = figures.probabilityOfProfit();
        if (pop < limits.minProbabilityOfProfit()) {
            return reject(
                    candidate,
                    RejectionReason.BELOW_POP_THRESHOLD,
                    String.format(
                            Locale.ROOT, "PoP %.1f%% < %.1f%%", 100 * pop, 100 * limits.minProbabilityOfProfit()));
        }
        if (figures.maxProfit() instanceof Amount.Finite profit && profit.rupees() <= 0) {
            return reject(candidate, RejectionReason.NO_REWARD, "max profit " + rupees(profit.rupees()) + " <= 0");
        }
        double limit = capital.maxLossPerTrade(tolerance);
        return switch (figures.maxLoss()) {
            case Amount.Finite loss
            when loss.rupees() > limit
                    && candidate.definition().metadata().riskProfile() == RiskProfile.SUBSTANTIAL
                    && tolerance != RiskTolerance.CONSERVATIVE ->
                substantial(candidate, tolerance, limit, loss.rupees());
            case Amount.Finite loss
            when loss.rupees() > limit ->
                reject(
                        candidate,
                        RejectionReason.ABOVE_MAX_LOSS,
                        "max loss " + rupees(loss.rupees()) + " > " + rupees(limit) + " (" + tolerance.label() + ")");
            case Amount.Finite loss -> Optional.empty();
            case Amount.Unlimited u -> unlimited(candidate, tolerance, limit);
        };
    }

    private Optional<Rejection> substantial(Candidate candidate, RiskTolerance tolerance, double limit, double max) {
        OptionalDouble stress = stressLoss(candidate);
        if (stress.isPresent() && stress.getAsDouble() <= limit) {
            return Optional.empty();
        }
        return reject(
                candidate,
                RejectionReason.ABOVE_MAX_LOSS,
                "max loss " + rupees(max) + " > " + rupees(limit) + " (" + tolerance.label() + ")"
                        + (stress.isPresent()
                                ? String.format(Locale.ROOT, " and its %.0f-sigma stress loss ", STRESS_SIGMAS)
                                        + rupees(stress.getAsDouble()) + " too"
                                : ""));
    }

    private Optional<Rejection> unlimited(Candidate candidate, RiskTolerance tolerance, double limit) {
        if (tolerance != RiskTolerance.AGGRESSIVE) {
            return reject(
                    candidate,
                    RejectionReason.ABOVE_MAX_LOSS,
                    "unlimited max loss is allowed only for aggressive, not " + tolerance.label());
        }
        OptionalDouble stress = stressLoss(candidate);
        if (stress.isEmpty()) {
            return reject(
                    candidate,
                    RejectionReason.ABOVE_MAX_LOSS,
                    "unlimited max loss over two expiries cannot be stress-tested");
        }
        if (stress.getAsDouble() > limit) {
            return reject(
                    candidate,
                    RejectionReason.ABOVE_MAX_LOSS,
                    String.format(Locale.ROOT, "unlimited max loss: %.0f-sigma stress loss ", STRESS_SIGMAS)
                            + rupees(stress.getAsDouble()) + " > " + rupees(limit) + " (" + tolerance.label() + ")");
        }
        return Optional.empty();
    }

    /**
     * Returns the largest loss at expiry (a positive number, 0 when none) with the underlying anywhere between {@code
     * spot x exp(-k sigma sqrt(T))} and {@code spot x exp(+k sigma sqrt(T))}, {@code k} = {@value #STRESS_SIGMAS},
     * sigma the candidate's ATM volatility and {@code T} its days to expiry / 365; empty for a strategy spanning two
     * expiries. The payoff is piecewise linear, so the ends and the strikes between them are enough: O(legs).
     */
    public static OptionalDouble stressLoss(Candidate candidate) {
        OptionalDouble worst = stressExtreme(candidate, false);
        return worst.isPresent() ? OptionalDouble.of(Math.max(0, -worst.getAsDouble())) : worst;
    }

    /**
     * Returns the largest P&amp;L at expiry over the same range as {@link #stressLoss} (negative when every outcome
     * there loses); empty for a strategy spanning two expiries.
     */
    public static OptionalDouble stressProfit(Candidate candidate) {
        return stressExtreme(candidate, true);
    }

    private static OptionalDouble stressExtreme(Candidate candidate, boolean best) {
        if (candidate.definition().spansTwoExpiries()) {
            return OptionalDouble.empty();
        }
        PayoffProfile payoff = candidate.strategy().payoff();
        double width = STRESS_SIGMAS * candidate.atmVolatility() * Math.sqrt(candidate.daysToExpiry() / DAYS_PER_YEAR);
        double low = candidate.spot() * Math.exp(-width);
        double high = candidate.spot() * Math.exp(width);
        double extreme = pick(best, payoff.valueAt(low), payoff.valueAt(high));
        for (double strike : payoff.strikes()) {
            if (strike > low && strike < high) {
                extreme = pick(best, extreme, payoff.valueAt(strike));
            }
        }
        return OptionalDouble.of(extreme);
    }

    private static double pick(boolean best, double a, double b) {
        return best ? Math.max(a, b) : Math.min(a, b);
    }

    private static Optional<Rejection> reject(Candidate candidate, RejectionReason reason, String detail) {
        return Optional.of(new Rejection(candidate.name(), reason, detail));
    }

    private static String rupees(double amount) {
        return RupeeFormat.format(amount);
    }
}
