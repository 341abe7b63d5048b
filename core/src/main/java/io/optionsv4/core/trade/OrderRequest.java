package io.optionsv4.core.trade;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * An order as the caller asks for it.
 *
 * @param correlationId the caller's tag, unique per order
 * @param instrument what is traded
 * @param side buy or sell
 * @param quantity units (shares or lots × lot size), a positive multiple of {@code lotSize}
 * @param lotSize the contract's lot size (1 for shares)
 * @param type market or limit
 * @param limitPrice the limit per unit, present exactly for {@link OrderType#LIMIT}
 * @param validity day or immediate-or-cancel
 */
public record OrderRequest(
        CorrelationId correlationId,
        Instrument instrument,
        Side side,
        int quantity,
        int lotSize,
        OrderType type,
        Optional<Money> limitPrice,
        Validity validity) {

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException naming the field when the quantity is not a positive multiple of the lot size, a
     *     limit order has no (or a non-positive) limit price, or a market order has one
     */
    public OrderRequest {
        Checks.notNull(correlationId, "correlationId");
        Checks.notNull(instrument, "instrument");
        Checks.notNull(side, "side");
        Checks.positive(lotSize, "lotSize");
        Checks.positive(quantity, "quantity");
        Checks.argument(
                quantity % lotSize == 0,
                "quantity " + quantity + " of " + instrument.displayName() + " is not a multiple of the lot size "
                        + lotSize);
        Checks.notNull(type, "type");
        Checks.notNull(limitPrice, "limitPrice");
        Checks.notNull(validity, "validity");
        Checks.argument(
                (type == OrderType.LIMIT) == limitPrice.isPresent(),
                "a " + type + " order must " + (type == OrderType.LIMIT ? "" : "not ") + "have a limit price");
        limitPrice.ifPresent(p -> Checks.argument(p.paise() > 0, "limit price must be > 0 but was " + p));
    }

    /** Returns a limit order. */
    public static OrderRequest limit(
            CorrelationId correlationId, Instrument instrument, Side side, int quantity, int lotSize, Money price) {
        return new OrderRequest(
                correlationId, instrument, side, quantity, lotSize, OrderType.LIMIT, Optional.of(price), Validity.DAY);
    }

    /** Returns the number of lots. */
    public int lots() {
        return quantity / lotSize;
    }

    /** Returns this request with another limit price (a price chase keeps everything else). */
    public OrderRequest withLimitPrice(Money price) {
        return new OrderRequest(
                correlationId, instrument, side, quantity, lotSize, OrderType.LIMIT, Optional.of(price), validity);
    }
}
