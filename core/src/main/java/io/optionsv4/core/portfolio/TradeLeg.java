package io.optionsv4.core.portfolio;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;
import java.util.Optional;

/**
 * One filled leg of an executed strategy: a row of {@code trades}.
 *
 * <p>Sign convention: a bought leg gains when the price rises, a sold leg when it falls; the gross P&amp;L of a leg
 * closed (or valued) at {@code p} per unit is {@code side.sign() × (p − entry) × quantity}. {@code charges} are every
 * charge booked against the leg so far: the entry's, and once closed the exit's too.
 *
 * @param tradeId the row's id
 * @param strategyId the strategy the leg belongs to
 * @param legIndex the leg's index in the strategy
 * @param contract the option contract
 * @param side bought or sold at entry
 * @param lots exchange lots
 * @param quantity units (lots × lot size), {@code > 0}
 * @param entryPrice the average entry price per unit, exact, {@code >= 0}
 * @param charges the charges booked against the leg, {@code >= 0}
 * @param enteredAt when the entry filled
 * @param exit how the leg was closed, empty while it is open
 */
public record TradeLeg(
        long tradeId,
        StrategyId strategyId,
        int legIndex,
        OptionInstrument contract,
        Side side,
        int lots,
        int quantity,
        Money entryPrice,
        Money charges,
        Instant enteredAt,
        Optional<LegExit> exit) {

    /** Validates the components. */
    public TradeLeg {
        Checks.notNull(strategyId, "strategyId");
        Checks.argument(legIndex >= 0, () -> "legIndex must be >= 0 but was " + legIndex);
        Checks.notNull(contract, "contract");
        Checks.notNull(side, "side");
        Checks.positive(lots, "lots");
        Checks.positive(quantity, "quantity");
        Checks.notNull(entryPrice, "entryPrice");
        Checks.argument(!entryPrice.isNegative(), () -> "entryPrice must be >= 0 but was " + entryPrice);
        Checks.notNull(charges, "charges");
        Checks.argument(!charges.isNegative(), () -> "charges must be >= 0 but was " + charges);
        Checks.notNull(enteredAt, "enteredAt");
        Checks.notNull(exit, "exit");
    }

    /** Returns true while the leg is held. */
    public boolean open() {
        return exit.isEmpty();
    }

    /** Returns the gross P&amp;L of the leg valued at {@code price} per unit: sign × (price − entry) × quantity. */
    public Money grossAt(Money price) {
        Checks.notNull(price, "price");
        Money perUnit = price.minus(entryPrice);
        return side == Side.BUY ? perUnit.times(quantity) : perUnit.negate().times(quantity);
    }

    /** Returns the realised gross P&amp;L of a closed leg. */
    public Money realizedGross() {
        return grossAt(exit.orElseThrow(() -> new IllegalStateException("trade " + tradeId + " is open"))
                .price());
    }

    /** Returns the realised P&amp;L of a closed leg net of every charge booked against it. */
    public Money realizedNet() {
        return realizedGross().minus(charges);
    }
}
