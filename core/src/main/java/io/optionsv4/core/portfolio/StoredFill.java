package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One stored order as the reconciliation compares it with the broker: a row of {@code orders} with the prices of the
 * traded legs it opened or closed.
 *
 * @param orderId the {@code orders} row
 * @param strategyId the strategy
 * @param correlationId the order's tag, unique
 * @param brokerOrderId the broker's order id, empty when never acknowledged
 * @param contract the contract in words, e.g. {@code NIFTY 26NOV2026 22500 CE}
 * @param filledQuantity units stored as filled, {@code >= 0}
 * @param averagePrice the stored average fill price per unit, empty when none was stored
 * @param createdAt when the order was created
 * @param trades the legs' prices that came from this order
 */
public record StoredFill(
        long orderId,
        StrategyId strategyId,
        String correlationId,
        Optional<String> brokerOrderId,
        String contract,
        int filledQuantity,
        Optional<Money> averagePrice,
        Instant createdAt,
        List<StoredTradePrice> trades) {

    /** Validates the components and copies the trades. */
    public StoredFill {
        Checks.notNull(strategyId, "strategyId");
        Checks.notBlank(correlationId, "correlationId");
        Checks.notNull(brokerOrderId, "brokerOrderId");
        Checks.notBlank(contract, "contract");
        Checks.argument(filledQuantity >= 0, () -> "filledQuantity must be >= 0 but was " + filledQuantity);
        Checks.notNull(averagePrice, "averagePrice");
        Checks.notNull(createdAt, "createdAt");
        trades = List.copyOf(Checks.notNull(trades, "trades"));
    }
}
