package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.marketdata.reference.ReferenceData;

/**
 * What the execution is wired from.
 *
 * @param broker where orders go (the paper broker by default)
 * @param store the execution's books
 * @param quotes the contracts' latest quotes and lots
 * @param reference the trading calendar (market hours)
 * @param costs the cost stack charged on fills
 */
public record ExecutionPorts(
        Broker broker, ExecutionStore store, LegQuotes quotes, ReferenceData reference, CostCalculator costs) {

    /** Validates the components. */
    public ExecutionPorts {
        Checks.notNull(broker, "broker");
        Checks.notNull(store, "store");
        Checks.notNull(quotes, "quotes");
        Checks.notNull(reference, "reference");
        Checks.notNull(costs, "costs");
    }
}
