package io.optionsv4.core.selection;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.result.Checks;

/**
 * What the {@link StrategyRanker} scores a candidate's economics on (issue 13, item 6): the expected P&amp;L of
 * following its trade plan, the probability that the plan ends in profit, and the capital the position ties up.
 *
 * <p>The plan figures come from the exit plan made <em>before</em> ranking (the engine simulates it, {@code
 * exit.PlanSimulator}); without a plan they are the expiry figures ({@link #atExpiry}). {@code capitalRequired} is the
 * one input for the capital: the margin blocked ({@link #capital}), the maximum loss only where no margin is known.
 *
 * @param expectedPnl the expected P&amp;L under the plan, rupees for the whole position (net of the costs the plan
 *     was simulated with), finite
 * @param probabilityOfProfit P(the plan ends with a P&amp;L &gt; 0), in [0, 1]
 * @param capitalRequired the rupees the position ties up, {@code >= 0} (0: unknown, the EV score is then by sign)
 */
public record PlanFigures(double expectedPnl, double probabilityOfProfit, double capitalRequired) {

    /** Validates the figures. */
    public PlanFigures {
        Checks.finite(expectedPnl, "expectedPnl");
        Fractions.check(probabilityOfProfit, "probabilityOfProfit");
        Checks.finite(capitalRequired, "capitalRequired");
        Checks.nonNegative(capitalRequired, "capitalRequired");
    }

    /**
     * Returns the figures of holding {@code candidate} to its near expiry: {@code expectedPnl} (the caller's EV at
     * expiry, e.g. under the volatility forecast), the expiry PoP and the {@link #capitalFromMaxLoss capital}.
     */
    public static PlanFigures atExpiry(Candidate candidate, double expectedPnl) {
        Checks.notNull(candidate, "candidate");
        return new PlanFigures(expectedPnl, candidate.netFigures().probabilityOfProfit(), capital(candidate));
    }

    /**
     * Returns the capital a candidate ties up: the margin of its {@link Candidate#economics() economics} (local model,
     * or the broker's) when they are known, else {@link #capitalFromMaxLoss its maximum loss}. Rupees for the whole
     * position.
     */
    public static double capital(Candidate candidate) {
        Checks.notNull(candidate, "candidate");
        return candidate
                .economics()
                .map(e -> e.capitalRequired().rupees())
                .filter(c -> c > 0)
                .orElseGet(() -> capitalFromMaxLoss(candidate));
    }

    /**
     * Returns the capital a candidate requires measured by its maximum loss: the finite max loss, or the {@link
     * ProbabilityFilter#stressLoss 2-sigma stress loss} when the loss is unlimited (0 when that cannot be computed).
     * Rupees for the whole position.
     */
    public static double capitalFromMaxLoss(Candidate candidate) {
        Checks.notNull(candidate, "candidate");
        double capital = switch (candidate.netFigures().maxLoss()) {
            case Amount.Finite l -> l.rupees();
            case Amount.Unlimited u -> ProbabilityFilter.stressLoss(candidate).orElse(0);
        };
        return Double.isFinite(capital) ? Math.max(0, capital) : 0;
    }
}
