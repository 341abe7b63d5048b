package io.optionsv4.core.trade;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * One trade of an order: a quantity at one price.
 *
 * @param tradeId the broker's (exchange's) trade id, unique per broker
 * @param orderId the broker's order id
 * @param correlationId the order's tag
 * @param instrument what traded
 * @param side buy or sell
 * @param quantity units traded, positive
 * @param price the price per unit, exact
 * @param time when it traded
 */
public record Fill(
        String tradeId,
        String orderId,
        CorrelationId correlationId,
        Instrument instrument,
        Side side,
        int quantity,
        Money price,
        Instant time) {

    /** Validates the fill. */
    public Fill {
        Checks.notBlank(tradeId, "tradeId");
        Checks.notBlank(orderId, "orderId");
        Checks.notNull(correlationId, "correlationId");
        Checks.notNull(instrument, "instrument");
        Checks.notNull(side, "side");
        Checks.positive(quantity, "quantity");
        Checks.notNull(price, "price");
        Checks.argument(!price.isNegative(), () -> "fill price must be >= 0 but was " + price);
        Checks.notNull(time, "time");
    }

    /** Returns quantity × price. */
    public Money value() {
        return price.times(quantity);
    }
}
