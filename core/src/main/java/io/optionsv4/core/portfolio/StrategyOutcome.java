package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where one traded strategy stands: realised P&amp;L on its closed legs, unrealised P&amp;L on its open ones, and how
 * long it has been (or was) held.
 *
 * <p>A strategy is closed when every traded leg is; it is a win when its realised P&amp;L net of every charge is
 * above zero. Holding days are calendar days in India from the first entry to the last exit (closed) or to the as-of
 * date (open).
 *
 * @param strategy the strategy
 * @param legs its traded legs, at least one
 * @param position its open legs at the current market; empty when every leg is closed
 * @param asOf the valuation date
 */
public record StrategyOutcome(
        TrackedStrategy strategy, List<TradeLeg> legs, Optional<StrategyPosition> position, LocalDate asOf) {

    /** The zone trading days are counted in. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    /** Validates the components and copies the legs. */
    public StrategyOutcome {
        Checks.notNull(strategy, "strategy");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "strategy " + strategy.id() + " has no traded legs");
        Checks.notNull(position, "position");
        Checks.argument(
                position.isPresent() == legs.stream().anyMatch(TradeLeg::open),
                "strategy " + strategy.id() + ": a position is needed exactly when a leg is open");
        Checks.notNull(asOf, "asOf");
    }

    /** Returns true when every leg is closed. */
    public boolean closed() {
        return position.isEmpty();
    }

    /** Returns true for a closed strategy whose realised P&amp;L net of charges is above zero. */
    public boolean won() {
        return closed() && realizedNet().paise() > 0;
    }

    /** Returns the realised gross P&amp;L of the closed legs. */
    public Money realizedGross() {
        return closedLegs().stream().map(TradeLeg::realizedGross).reduce(Money.ZERO, Money::plus);
    }

    /** Returns the realised P&amp;L of the closed legs net of every charge booked against them. */
    public Money realizedNet() {
        return closedLegs().stream().map(TradeLeg::realizedNet).reduce(Money.ZERO, Money::plus);
    }

    /** Returns every charge booked against the strategy's legs, open and closed. */
    public Money charges() {
        return legs.stream().map(TradeLeg::charges).reduce(Money.ZERO, Money::plus);
    }

    /** Returns the unrealised gross P&amp;L at the executable prices: zero when closed, empty when unpriced. */
    public Optional<Money> unrealizedGross() {
        return position.map(StrategyPosition::grossAtExecutable).orElse(Optional.of(Money.ZERO));
    }

    /** Returns the unrealised P&amp;L net of entry charges and exit costs: zero when closed, empty when unpriced. */
    public Optional<Money> unrealizedNet() {
        return position.map(StrategyPosition::net).orElse(Optional.of(Money.ZERO));
    }

    /** Returns the first entry date in India. */
    public LocalDate entryDate() {
        return legs.stream()
                .map(l -> l.enteredAt().atZone(INDIA).toLocalDate())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Returns the last exit date in India of a closed strategy, empty while open. */
    public Optional<LocalDate> exitDate() {
        if (!closed()) {
            return Optional.empty();
        }
        return legs.stream()
                .map(l -> l.exit().orElseThrow().at().atZone(INDIA).toLocalDate())
                .max(Comparator.naturalOrder());
    }

    /** Returns the calendar days held: to the last exit when closed, to the as-of date when open; never negative. */
    public long holdingDays() {
        LocalDate end = exitDate().orElse(asOf);
        return Math.max(0, ChronoUnit.DAYS.between(entryDate(), end));
    }

    private List<TradeLeg> closedLegs() {
        return legs.stream().filter(l -> !l.open()).toList();
    }
}
