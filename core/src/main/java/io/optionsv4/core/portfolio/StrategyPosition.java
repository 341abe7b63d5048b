package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The open legs of one strategy at the current market, with the strategy's totals. The estimated exit costs are one
 * contract note for closing every leg together (STT and stamp duty rounded to the rupee on the note's totals, as
 * brokers bill them), so they may differ from the sum of the legs' single-order estimates by up to a rupee or two.
 *
 * @param strategy the strategy
 * @param legs the open legs, in leg order
 * @param exitCosts the estimated charges of closing every open leg; empty when a leg is unpriced
 */
public record StrategyPosition(TrackedStrategy strategy, List<LegValuation> legs, Optional<Money> exitCosts) {

    /** Validates the components and copies the legs. */
    public StrategyPosition {
        Checks.notNull(strategy, "strategy");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "a position of strategy " + strategy.id() + " needs at least one leg");
        Checks.notNull(exitCosts, "exitCosts");
    }

    /** Returns true when every leg has a current price. */
    public boolean priced() {
        return legs.stream().allMatch(LegValuation::priced);
    }

    /** Returns the charges booked against the open legs (their entries). */
    public Money chargesBooked() {
        return legs.stream().map(l -> l.leg().charges()).reduce(Money.ZERO, Money::plus);
    }

    /** Returns the gross P&amp;L if every leg were closed now at its executable price; empty when a leg is unpriced. */
    public Optional<Money> grossAtExecutable() {
        return sum(legs.stream().map(LegValuation::grossAtExecutable).toList());
    }

    /** Returns the gross P&amp;L at the mids; empty when a leg is unpriced. */
    public Optional<Money> grossAtMid() {
        return sum(legs.stream().map(LegValuation::grossAtMid).toList());
    }

    /** Returns the gross P&amp;L at the executable prices net of the charges booked and the estimated exit costs. */
    public Optional<Money> net() {
        return grossAtExecutable()
                .flatMap(g -> exitCosts.map(c -> g.minus(chargesBooked()).minus(c)));
    }

    private static Optional<Money> sum(List<Optional<Money>> amounts) {
        Money total = Money.ZERO;
        for (Optional<Money> a : amounts) {
            if (a.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(a.get());
        }
        return Optional.of(total);
    }
}
