package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The result of one allocation run. Totals, Greeks, the Sharpe ratio and the scenario grid cover the whole book after
 * the run: open positions and new ones.
 *
 * @param positions the new positions, best ranked first
 * @param industries per-industry totals, by industry name
 * @param optionsBudget capital × the profile's options share, rupees
 * @param totalMargin the basket margin of the whole book ({@link BasketMargin}), rupees
 * @param expectedNetPnl Σ net EV per lot × lots over the book, rupees
 * @param monthlyReturnTarget the expected monthly return aimed at, fraction of the options budget
 * @param greeks the book's beta-weighted delta and vega with their limits
 * @param expectedSharpe expected net P&amp;L / its standard deviation over one holding period, outcomes of different
 *     positions taken as independent (0 when the deviation is 0); see {@code docs/allocation.md}
 * @param fallbackSteps the fallback steps that ran, in order
 * @param exclusions every candidate not taken, with its reason, in input order
 * @param scenarios the book's P&amp;L over the standard scenario grid
 */
public record Allocation(
        List<AllocatedPosition> positions,
        List<IndustryTotal> industries,
        double optionsBudget,
        double totalMargin,
        double expectedNetPnl,
        double monthlyReturnTarget,
        PortfolioGreeks greeks,
        double expectedSharpe,
        List<FallbackStep> fallbackSteps,
        List<Exclusion> exclusions,
        ScenarioGrid scenarios) {

    /** Validates the result and copies the lists. */
    public Allocation {
        positions = List.copyOf(Checks.notNull(positions, "positions"));
        industries = List.copyOf(Checks.notNull(industries, "industries"));
        Checks.positive(optionsBudget, "optionsBudget");
        Checks.nonNegative(totalMargin, "totalMargin");
        Checks.finite(expectedNetPnl, "expectedNetPnl");
        Checks.nonNegative(monthlyReturnTarget, "monthlyReturnTarget");
        Checks.notNull(greeks, "greeks");
        Checks.finite(expectedSharpe, "expectedSharpe");
        fallbackSteps = List.copyOf(Checks.notNull(fallbackSteps, "fallbackSteps"));
        exclusions = List.copyOf(Checks.notNull(exclusions, "exclusions"));
        Checks.notNull(scenarios, "scenarios");
    }

    /** Returns the deployment: basket margin / options budget, a fraction. */
    public double deployment() {
        return totalMargin / optionsBudget;
    }

    /**
     * Returns the expected monthly return: expected net P&amp;L / options budget, each plan's holding period (at most
     * the monthly expiry it trades) counted as one month.
     */
    public double expectedMonthlyReturn() {
        return expectedNetPnl / optionsBudget;
    }

    /** Returns the capital of the new positions on their own (no hedge benefit), rupees. */
    public double newCapitalUsed() {
        return positions.stream().mapToDouble(AllocatedPosition::capitalUsed).sum();
    }
}
