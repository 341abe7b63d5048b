package io.optionsv4.store.memory;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.result.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link MarketConditionsStore} in memory: one row per trade date, a store replacing the day's row. The time
 * stored comes from the injected clock truncated to microseconds, as {@code JdbiMarketConditionsStore} stores it.
 * Thread-safe.
 */
public final class MemoryMarketConditionsStore implements MarketConditionsStore {

    private final Map<LocalDate, StoredMarketConditions> rows = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Creates an empty store whose rows are stamped by {@code clock}. */
    public MemoryMarketConditionsStore(Clock clock) {
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public void store(MarketConditions conditions) {
        Checks.notNull(conditions, "conditions");
        StoredMarketConditions row =
                StoredMarketConditions.of(conditions, clock.instant().truncatedTo(ChronoUnit.MICROS));
        rows.put(row.tradeDate(), row);
    }

    @Override
    public Optional<StoredMarketConditions> find(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return Optional.ofNullable(rows.get(tradeDate));
    }
}
