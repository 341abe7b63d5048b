package io.optionsv4.core.conditions;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The persistence port of market conditions ({@code market_conditions}): one row per trade date. Storing a day again
 * replaces its row, so re-running an analysis keeps one. Implementations are thread-safe and throw {@code
 * core.result.StoreException} on failure, keeping what was stored before.
 */
public interface MarketConditionsStore {

    /**
     * Stores {@code conditions} as the row of {@code conditions.asOf()}, replacing any row of that day (see {@link
     * StoredMarketConditions#of} for what is kept).
     */
    void store(MarketConditions conditions);

    /** Returns the conditions stored for {@code tradeDate}, if any. */
    Optional<StoredMarketConditions> find(LocalDate tradeDate);
}
