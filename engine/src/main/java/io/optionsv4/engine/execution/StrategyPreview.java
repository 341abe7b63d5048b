package io.optionsv4.engine.execution;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.MarkedStrategy;
import java.util.List;
import java.util.Optional;

/**
 * A strategy as the execution would send it, and every pre-trade check with its verdict.
 *
 * @param strategy the strategy
 * @param attempt the attempt it would execute as
 * @param legs the legs in the order they would be sent: buys (hedges) first, then sells
 * @param margin the broker's margin for the basket at the first limits, empty when it could not be had
 * @param netPremium premium received minus premium paid at the first limits (positive: a credit)
 * @param charges the contract note's charges of the entry orders at the first limits
 * @param checks the pre-trade checks
 */
public record StrategyPreview(
        MarkedStrategy strategy,
        int attempt,
        List<LegTicket> legs,
        Optional<Money> margin,
        Money netPremium,
        Money charges,
        List<Check> checks) {

    /** Validates the components and copies the lists. */
    public StrategyPreview {
        Checks.notNull(strategy, "strategy");
        Checks.positive(attempt, "attempt");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.notNull(margin, "margin");
        Checks.notNull(netPremium, "netPremium");
        Checks.notNull(charges, "charges");
        checks = List.copyOf(Checks.notNull(checks, "checks"));
    }

    /** Returns true when no check failed. */
    public boolean passed() {
        return checks.stream().allMatch(c -> c.verdict().allows());
    }

    /** Returns the failed checks. */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.verdict().allows()).toList();
    }
}
