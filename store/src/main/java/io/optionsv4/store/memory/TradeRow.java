package io.optionsv4.store.memory;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.LegExit;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code trades}: a traded leg, opened by an entry order and closed (in parts if need be) by unwind or exit
 * orders. Exact values in paise; the per-unit prices are the values over the quantity, rounded half-even.
 *
 * @param exitPricePaise the exit price per unit once closed, else {@code null}
 * @param exitedAt when it was closed, else {@code null}
 * @param realizedPnlPaise the gross realised P&amp;L once closed, else {@code null}
 */
record TradeRow(
        long id,
        long strategyId,
        int legIndex,
        OptionInstrument contract,
        Side side,
        int lots,
        int quantity,
        long entryPricePaise,
        long entryValuePaise,
        int exitQuantity,
        long exitValuePaise,
        long chargesPaise,
        Instant enteredAt,
        Long exitPricePaise,
        Instant exitedAt,
        Long realizedPnlPaise) {

    /** Returns true while the leg is not closed completely. */
    boolean open() {
        return exitPricePaise == null;
    }

    /** Returns the row as {@code PortfolioStore} reads it. */
    TradeLeg leg() {
        Optional<LegExit> exit = exitPricePaise == null
                ? Optional.empty()
                : Optional.of(new LegExit(Money.ofPaise(exitPricePaise), exitedAt));
        return new TradeLeg(
                id,
                new StrategyId(strategyId),
                legIndex,
                contract,
                side,
                lots,
                quantity,
                Money.ofPaise(entryPricePaise),
                Money.ofPaise(chargesPaise),
                enteredAt,
                exit);
    }
}
