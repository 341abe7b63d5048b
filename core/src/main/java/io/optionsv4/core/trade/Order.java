package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * An order as the broker knows it.
 *
 * @param orderId the broker's id
 * @param request what was asked for (the limit price is the current one after modifications)
 * @param status where the order is
 * @param filledQuantity units traded so far
 * @param filledValue the sum of quantity × price over the order's fills, exact
 * @param reason the broker's message for a rejection or cancellation; empty otherwise
 * @param updatedAt when the broker last changed the order
 */
public record Order(
        String orderId,
        OrderRequest request,
        OrderStatus status,
        int filledQuantity,
        Money filledValue,
        String reason,
        Instant updatedAt) {

    /**
     * Validates the order.
     *
     * @throws IllegalArgumentException when the filled quantity is outside 0..quantity, a filled order is not
     *     completely filled, or value and quantity disagree in sign
     */
    public Order {
        Checks.notBlank(orderId, "orderId");
        Checks.notNull(request, "request");
        Checks.notNull(status, "status");
        Checks.argument(
                filledQuantity >= 0 && filledQuantity <= request.quantity(),
                "filled quantity " + filledQuantity + " of order " + orderId + " is outside 0.." + request.quantity());
        Checks.argument(
                status != OrderStatus.FILLED || filledQuantity == request.quantity(),
                "order " + orderId + " is FILLED with " + filledQuantity + " of " + request.quantity());
        Checks.notNull(filledValue, "filledValue");
        Checks.argument(!filledValue.isNegative(), () -> "filled value must be >= 0 but was " + filledValue);
        Checks.argument(
                filledQuantity > 0 || filledValue.isZero(),
                "order " + orderId + " has a fill value without a filled quantity");
        Checks.notNull(reason, "reason");
        Checks.notNull(updatedAt, "updatedAt");
    }

    /** Returns the caller's tag. */
    public CorrelationId correlationId() {
        return request.correlationId();
    }

    /** Returns the units still to trade while the order is open, zero once it is terminal. */
    public int remainingQuantity() {
        return status.terminal() ? 0 : request.quantity() - filledQuantity;
    }

    /** Returns the average fill price per unit in rupees to four decimals, empty when nothing has traded. */
    public Optional<BigDecimal> averagePrice() {
        if (filledQuantity == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(filledValue.paise(), 2)
                .divide(BigDecimal.valueOf(filledQuantity), 4, RoundingMode.HALF_EVEN));
    }

    /** Returns this order in another state. */
    public Order with(
            OrderStatus newStatus, int newFilledQuantity, Money newFilledValue, String newReason, Instant at) {
        return new Order(orderId, request, newStatus, newFilledQuantity, newFilledValue, newReason, at);
    }
}
