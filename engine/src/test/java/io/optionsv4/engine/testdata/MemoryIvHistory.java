package io.optionsv4.engine.testdata;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An IV history kept in memory with the semantics of the PostgreSQL store: summaries replace those of the same symbol
 * and day, the 30-day history skips days without the figure, percentiles likewise replace. Thread-safe.
 */
public final class MemoryIvHistory implements IvHistoryStore {

    private final Map<String, TreeMap<LocalDate, IvSummary>> summaries = new ConcurrentHashMap<>();
    private final Map<String, TreeMap<LocalDate, IvPercentile>> percentiles = new ConcurrentHashMap<>();

    @Override
    public synchronized int storeSummaries(List<IvSummary> stored) {
        for (IvSummary s : stored) {
            summaries.computeIfAbsent(s.symbol(), k -> new TreeMap<>()).put(s.tradeDate(), s);
        }
        return stored.size();
    }

    @Override
    public synchronized List<LocalDate> collectedDays() {
        return summaries.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public synchronized List<String> symbols() {
        return summaries.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized List<Double> thirtyDayIvHistory(String symbol, LocalDate asOf, int days) {
        List<Double> all = new ArrayList<>();
        summaries.getOrDefault(symbol, new TreeMap<>()).headMap(asOf, true).values().stream()
                .filter(s -> s.thirtyDayIv().isPresent())
                .forEach(s -> all.add(s.thirtyDayIv().getAsDouble()));
        return List.copyOf(all.subList(Math.max(0, all.size() - days), all.size()));
    }

    @Override
    public synchronized Map<String, Set<LocalDate>> thirtyDayIvDays(LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> days = new TreeMap<>();
        summaries.forEach((symbol, bySymbol) -> bySymbol.subMap(from, true, to, true).values().stream()
                .filter(s -> s.thirtyDayIv().isPresent())
                .forEach(s -> days.computeIfAbsent(symbol, k -> new TreeSet<>()).add(s.tradeDate())));
        return days;
    }

    @Override
    public synchronized Optional<IvSummary> summary(String symbol, LocalDate tradeDate) {
        return Optional.ofNullable(
                summaries.getOrDefault(symbol, new TreeMap<>()).get(tradeDate));
    }

    @Override
    public synchronized int storePercentiles(List<IvPercentile> stored) {
        for (IvPercentile p : stored) {
            percentiles.computeIfAbsent(p.symbol(), k -> new TreeMap<>()).put(p.asOf(), p);
        }
        return stored.size();
    }

    @Override
    public synchronized Optional<IvPercentile> percentile(String symbol, LocalDate asOf) {
        return Optional.ofNullable(
                percentiles.getOrDefault(symbol, new TreeMap<>()).get(asOf));
    }
}
