package io.optionsv4.engine.testdata;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.core.result.StoreException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A read-only IV history: fixed 30-day ATM IV series per symbol (the last {@code days} of them are returned whatever
 * the day), recording every request; or one that fails every read. Writing is not part of what the analyze pipeline
 * does, so it is refused. Thread-safe.
 */
public final class FixedIvHistory implements IvHistoryStore {

    /** One {@link #thirtyDayIvHistory} call. */
    public record Request(String symbol, LocalDate asOf, int days) {}

    private final Map<String, List<Double>> series;
    private final Optional<String> failure;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FixedIvHistory(Map<String, List<Double>> series, Optional<String> failure) {
        this.series = Map.copyOf(series);
        this.failure = failure;
    }

    /** Returns a history holding {@code series} (symbol to ATM IVs, oldest first). */
    public static FixedIvHistory of(Map<String, List<Double>> series) {
        return new FixedIvHistory(series, Optional.empty());
    }

    /** Returns a history whose every read throws a {@link StoreException} with {@code message}. */
    public static FixedIvHistory failing(String message) {
        return new FixedIvHistory(Map.of(), Optional.of(message));
    }

    /** Returns the requests made, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public List<Double> thirtyDayIvHistory(String symbol, LocalDate asOf, int days) {
        requests.add(new Request(symbol, asOf, days));
        if (failure.isPresent()) {
            throw new StoreException(failure.get());
        }
        List<Double> all = series.getOrDefault(symbol, List.of());
        return all.subList(Math.max(0, all.size() - days), all.size());
    }

    @Override
    public int storeSummaries(List<IvSummary> summaries) {
        throw new UnsupportedOperationException("a fixed IV history is read-only");
    }

    @Override
    public List<LocalDate> collectedDays() {
        throw new UnsupportedOperationException("a fixed IV history has no collection days");
    }

    @Override
    public Map<String, Set<LocalDate>> thirtyDayIvDays(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("a fixed IV history has no collection days");
    }

    @Override
    public List<String> symbols() {
        return series.keySet().stream().sorted().toList();
    }

    @Override
    public Optional<IvSummary> summary(String symbol, LocalDate tradeDate) {
        return Optional.empty();
    }

    @Override
    public int storePercentiles(List<IvPercentile> percentiles) {
        throw new UnsupportedOperationException("a fixed IV history is read-only");
    }

    @Override
    public Optional<IvPercentile> percentile(String symbol, LocalDate asOf) {
        return Optional.empty();
    }
}
