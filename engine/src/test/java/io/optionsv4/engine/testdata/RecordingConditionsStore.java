package io.optionsv4.engine.testdata;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.result.StoreException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A market conditions store that records every call and can be told to fail. Thread-safe. */
public final class RecordingConditionsStore implements MarketConditionsStore {

    private final List<MarketConditions> calls = new CopyOnWriteArrayList<>();
    private volatile Optional<String> failure = Optional.empty();

    /** From now on every store call throws a {@link StoreException} with {@code message}. */
    public void failWith(String message) {
        failure = Optional.of(message);
    }

    /** Returns every conditions passed to {@link #store}, in order, failed calls included. */
    public List<MarketConditions> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void store(MarketConditions conditions) {
        calls.add(conditions);
        Optional<String> fail = failure;
        if (fail.isPresent()) {
            throw new StoreException(fail.get());
        }
    }

    @Override
    public Optional<StoredMarketConditions> find(LocalDate tradeDate) {
        return calls.stream()
                .filter(c -> c.asOf().equals(tradeDate))
                .reduce((first, second) -> second)
                .map(c -> StoredMarketConditions.of(c, Instant.EPOCH));
    }
}
