package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored strategy chosen for execution: marked by the trader or allocated (with its lots), with its legs.
 *
 * @param strategyId the stored strategy's id
 * @param symbol the underlying
 * @param strategyName the strategy's name, e.g. {@code Iron Condor}
 * @param tradeDate the analysis date the strategy was built on
 * @param status the status in {@code strategy_execution_status}: ALLOCATED, MARKED, EXECUTING, ...
 * @param lots strategy lots to trade, {@code > 0}
 * @param maxLoss the most the position can lose at {@code lots}: the analysis' net max loss (after the round trip's
 *     costs) times the lots; empty when unlimited or not stored
 * @param stopLoss the loss at the exit plan's stop for {@code lots}, from the allocation; empty when not allocated
 * @param legs the option legs, by leg index
 */
public record MarkedStrategy(
        long strategyId,
        String symbol,
        String strategyName,
        LocalDate tradeDate,
        String status,
        int lots,
        Optional<Money> maxLoss,
        Optional<Money> stopLoss,
        List<StrategyLeg> legs) {

    /** Validates the components and copies the legs. */
    public MarkedStrategy {
        Checks.argument(strategyId >= 0, () -> "strategyId must be >= 0 but was " + strategyId);
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(strategyName, "strategyName");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notBlank(status, "status");
        Checks.positive(lots, "lots");
        Checks.notNull(maxLoss, "maxLoss");
        Checks.notNull(stopLoss, "stopLoss");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "strategy " + strategyId + " has no legs");
    }

    /** Returns this strategy with {@code newLots} strategy lots (the maximum and stop losses scaled with them). */
    public MarkedStrategy withLots(int newLots) {
        Checks.positive(newLots, "newLots");
        if (newLots == lots) {
            return this;
        }
        return new MarkedStrategy(
                strategyId,
                symbol,
                strategyName,
                tradeDate,
                status,
                newLots,
                maxLoss.map(m -> scale(m, newLots)),
                stopLoss.map(m -> scale(m, newLots)),
                legs);
    }

    private Money scale(Money amount, int newLots) {
        return Money.ofPaise(java.math.BigDecimal.valueOf(amount.paise())
                .multiply(java.math.BigDecimal.valueOf(newLots))
                .divide(java.math.BigDecimal.valueOf(lots), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** Returns the leg with {@code legIndex}. */
    public StrategyLeg leg(int legIndex) {
        return legs.stream()
                .filter(l -> l.legIndex() == legIndex)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("strategy " + strategyId + " has no leg " + legIndex));
    }
}
