package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One order of a strategy as the caller's books keep it (table {@code orders}): what it is for, the request as last
 * sent (the limit price follows the price chase), and what the broker last said about it.
 *
 * @param strategyId the strategy's id
 * @param legIndex the leg's index in the strategy
 * @param purpose entry, exit or unwind
 * @param sequence the entry's attempt, or the n-th unwind (exit) order of the leg; part of the correlation id
 * @param request the request, carrying the correlation id; its limit price is the current one
 * @param firstLimit the limit the order was first sent with, where its price chase starts
 * @param state where the order is
 * @param brokerOrderId the broker's id, once the broker has answered
 * @param filledQuantity units traded
 * @param filledValue the exact value traded (sum of quantity × price over the fills)
 * @param chaseStep how many times the limit was moved toward the far side
 * @param reason the broker's or the caller's reason for a rejection or cancellation; empty otherwise
 * @param booked true once its fills are booked (trades, fund ledger, positions)
 */
public record OrderRecord(
        long strategyId,
        int legIndex,
        Purpose purpose,
        int sequence,
        OrderRequest request,
        Money firstLimit,
        OrderState state,
        Optional<String> brokerOrderId,
        int filledQuantity,
        Money filledValue,
        int chaseStep,
        String reason,
        boolean booked) {

    /** Validates the record. */
    public OrderRecord {
        Checks.argument(strategyId >= 0, () -> "strategyId must be >= 0 but was " + strategyId);
        Checks.argument(legIndex >= 0, () -> "legIndex must be >= 0 but was " + legIndex);
        Checks.notNull(purpose, "purpose");
        Checks.positive(sequence, "sequence");
        Checks.notNull(request, "request");
        Checks.notNull(firstLimit, "firstLimit");
        Checks.notNull(state, "state");
        Checks.notNull(brokerOrderId, "brokerOrderId");
        Checks.argument(
                filledQuantity >= 0 && filledQuantity <= request.quantity(),
                "filled quantity " + filledQuantity + " of " + request.correlationId() + " is outside 0.."
                        + request.quantity());
        Checks.notNull(filledValue, "filledValue");
        Checks.argument(
                filledQuantity > 0 ? filledValue.paise() > 0 : filledValue.isZero(),
                "order " + request.correlationId() + " has value " + filledValue + " for " + filledQuantity
                        + " units: a fill is never at zero");
        Checks.argument(chaseStep >= 0, () -> "chaseStep must be >= 0 but was " + chaseStep);
        Checks.notNull(reason, "reason");
    }

    /** Returns a new order, persisted before the place call. */
    public static OrderRecord sent(long strategyId, int legIndex, Purpose purpose, int sequence, OrderRequest request) {
        return new OrderRecord(
                strategyId,
                legIndex,
                purpose,
                sequence,
                request,
                request.limitPrice()
                        .orElseThrow(() -> new IllegalArgumentException("order " + request.correlationId()
                                + " has no limit price: only limit orders are sent")),
                OrderState.SENT,
                Optional.empty(),
                0,
                Money.ZERO,
                0,
                "",
                false);
    }

    /** Returns the correlation id. */
    public CorrelationId correlationId() {
        return request.correlationId();
    }

    /** Returns the units still to trade while the order is open or unconfirmed; zero once terminal. */
    public int remainingQuantity() {
        return state.terminal() ? 0 : request.quantity() - filledQuantity;
    }

    /** Returns the signed units traded: positive bought, negative sold. */
    public int signedFilled() {
        return request.side().sign() * filledQuantity;
    }

    /** Returns the average traded price per unit rounded half-even to the paisa; empty when nothing traded. */
    public Optional<Money> averagePrice() {
        if (filledQuantity == 0) {
            return Optional.empty();
        }
        return Optional.of(Money.ofPaise(BigDecimal.valueOf(filledValue.paise())
                .divide(BigDecimal.valueOf(filledQuantity), 0, RoundingMode.HALF_EVEN)
                .longValueExact()));
    }

    /**
     * Returns this record updated with what the broker reports, never going back: the fill only grows and a terminal
     * state stays (events may arrive twice or out of order).
     *
     * @throws IllegalArgumentException when {@code order} carries another correlation id
     */
    public OrderRecord merge(Order order) {
        Checks.argument(
                order.correlationId().equals(correlationId()),
                "order " + order.orderId() + " tagged " + order.correlationId() + " is not " + correlationId());
        if (state.terminal() || order.filledQuantity() < filledQuantity) {
            return this;
        }
        OrderState next = OrderState.of(order.status());
        if (!next.terminal() && order.filledQuantity() == filledQuantity && state.open()) {
            next = state;
        }
        return new OrderRecord(
                strategyId,
                legIndex,
                purpose,
                sequence,
                request,
                firstLimit,
                next,
                Optional.of(order.orderId()),
                order.filledQuantity(),
                order.filledValue(),
                chaseStep,
                order.reason(),
                booked);
    }

    /** Returns the current limit price. */
    public Money limit() {
        return request.limitPrice().orElseThrow(() -> new IllegalStateException(correlationId() + " has no limit"));
    }

    /** Returns this record in {@code newState} with {@code why}. */
    public OrderRecord withState(OrderState newState, String why) {
        return new OrderRecord(
                strategyId,
                legIndex,
                purpose,
                sequence,
                request,
                firstLimit,
                newState,
                brokerOrderId,
                filledQuantity,
                filledValue,
                chaseStep,
                why,
                booked);
    }

    /** Returns this record after one more chase step to {@code newLimit}. */
    public OrderRecord chasedTo(Money newLimit) {
        return new OrderRecord(
                strategyId,
                legIndex,
                purpose,
                sequence,
                request.withLimitPrice(newLimit),
                firstLimit,
                state,
                brokerOrderId,
                filledQuantity,
                filledValue,
                chaseStep + 1,
                reason,
                booked);
    }

    /** Returns this record with its fills booked. */
    public OrderRecord asBooked() {
        return new OrderRecord(
                strategyId,
                legIndex,
                purpose,
                sequence,
                request,
                firstLimit,
                state,
                brokerOrderId,
                filledQuantity,
                filledValue,
                chaseStep,
                reason,
                true);
    }
}
