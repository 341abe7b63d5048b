package io.optionsv4.store.memory;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@link IvHistoryStore} in memory: the IV summaries per symbol and day (a summary of the same symbol and day
 * replacing the earlier one) with an index of the days that have a 30-day IV, and the IV percentiles per symbol and
 * day. A history read costs the days it returns. Thread-safe: each call holds the store's monitor.
 */
public final class MemoryIvHistoryStore implements IvHistoryStore {

    private final Map<String, TreeMap<LocalDate, IvSummary>> summaries = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Double>> thirtyDay = new HashMap<>();
    private final TreeMap<LocalDate, Integer> days = new TreeMap<>();
    private final Map<String, Map<LocalDate, IvPercentile>> percentiles = new HashMap<>();

    /** Creates an empty store. */
    public MemoryIvHistoryStore() {}

    @Override
    public synchronized int storeSummaries(List<IvSummary> list) {
        Checks.notNull(list, "summaries");
        for (IvSummary s : list) {
            IvSummary old =
                    summaries.computeIfAbsent(s.symbol(), k -> new TreeMap<>()).put(s.tradeDate(), s);
            if (old == null) {
                days.merge(s.tradeDate(), 1, Integer::sum);
            }
            TreeMap<LocalDate, Double> ivs = thirtyDay.computeIfAbsent(s.symbol(), k -> new TreeMap<>());
            if (s.thirtyDayIv().isPresent()) {
                ivs.put(s.tradeDate(), s.thirtyDayIv().getAsDouble());
            } else {
                ivs.remove(s.tradeDate());
            }
        }
        return list.size();
    }

    @Override
    public synchronized List<LocalDate> collectedDays() {
        return List.copyOf(days.keySet());
    }

    @Override
    public synchronized List<String> symbols() {
        return List.copyOf(new TreeSet<>(summaries.keySet()));
    }

    @Override
    public synchronized List<Double> thirtyDayIvHistory(String symbol, LocalDate asOf, int count) {
        Checks.positive(count, "days");
        TreeMap<LocalDate, Double> ivs = thirtyDay.get(symbol);
        if (ivs == null) {
            return List.of();
        }
        List<Double> out = new ArrayList<>(Math.min(count, ivs.size()));
        for (Double iv : ivs.headMap(asOf, true).descendingMap().values()) {
            if (out.size() == count) {
                break;
            }
            out.add(iv);
        }
        Collections.reverse(out);
        return out;
    }

    @Override
    public synchronized Map<String, Set<LocalDate>> thirtyDayIvDays(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Map<String, Set<LocalDate>> out = new TreeMap<>();
        if (from.isAfter(to)) {
            return out;
        }
        thirtyDay.forEach((symbol, ivs) -> {
            NavigableMap<LocalDate, Double> range = ivs.subMap(from, true, to, true);
            if (!range.isEmpty()) {
                out.put(symbol, new TreeSet<>(range.keySet()));
            }
        });
        return out;
    }

    @Override
    public synchronized Optional<IvSummary> summary(String symbol, LocalDate tradeDate) {
        TreeMap<LocalDate, IvSummary> bySymbol = summaries.get(symbol);
        return bySymbol == null ? Optional.empty() : Optional.ofNullable(bySymbol.get(tradeDate));
    }

    @Override
    public synchronized int storePercentiles(List<IvPercentile> list) {
        Checks.notNull(list, "percentiles");
        for (IvPercentile p : list) {
            percentiles.computeIfAbsent(p.symbol(), k -> new HashMap<>()).put(p.asOf(), p);
        }
        return list.size();
    }

    @Override
    public synchronized Optional<IvPercentile> percentile(String symbol, LocalDate asOf) {
        Map<LocalDate, IvPercentile> bySymbol = percentiles.get(symbol);
        return bySymbol == null ? Optional.empty() : Optional.ofNullable(bySymbol.get(asOf));
    }
}
