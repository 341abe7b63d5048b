package io.optionsv4.store.memory;

import io.optionsv4.core.portfolio.PortfolioStore;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.memory.MemoryBooks.StatusRow;
import io.optionsv4.store.memory.MemoryBooks.StrategyRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@link PortfolioStore} in memory, as {@code JdbiPortfolioStore} reads it: the strategies with a status or a
 * traded leg, by id, and the traded legs by strategy, leg and trade id. The legs of one strategy are indexed, so
 * {@link #trades(long)} costs the legs it returns. Read only; thread-safe: each call holds the books' monitor.
 */
public final class MemoryPortfolioStore implements PortfolioStore {

    private static final Comparator<TradeRow> BY_LEG = Comparator.comparingInt(TradeRow::legIndex);

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryPortfolioStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public List<TrackedStrategy> trackedStrategies() {
        synchronized (books) {
            TreeSet<Long> ids = new TreeSet<>(books.statuses.keySet());
            ids.addAll(books.tradesByStrategy.keySet());
            List<TrackedStrategy> out = new ArrayList<>(ids.size());
            for (long id : ids) {
                Optional<StrategyRow> row = books.strategy(id);
                if (row.isEmpty()) {
                    continue;
                }
                StrategyRow s = row.get();
                StatusRow st = books.statuses.get(id);
                Optional<StatusEntry> entry = st == null
                        ? Optional.empty()
                        : Optional.of(new StatusEntry(
                                st.status(), Optional.ofNullable(st.lots()), st.message(), st.updatedAt()));
                out.add(new TrackedStrategy(
                        new StrategyId(id),
                        s.tradeDate(),
                        s.symbol(),
                        s.children().strategyName(),
                        books.industry(s.symbol()),
                        s.conviction(),
                        entry));
            }
            return out;
        }
    }

    @Override
    public List<TradeLeg> trades() {
        synchronized (books) {
            List<TradeLeg> out = new ArrayList<>();
            for (Map.Entry<Long, List<TradeRow>> e : books.tradesByStrategy.entrySet()) {
                addLegs(e.getValue(), out);
            }
            return out;
        }
    }

    @Override
    public List<TradeLeg> trades(long strategyId) {
        synchronized (books) {
            List<TradeRow> rows = books.trades(strategyId);
            List<TradeLeg> out = new ArrayList<>(rows.size());
            addLegs(rows, out);
            return out;
        }
    }

    private static void addLegs(List<TradeRow> rows, List<TradeLeg> out) {
        List<TradeRow> sorted = new ArrayList<>(rows);
        sorted.sort(BY_LEG); // stable: id order within a leg
        sorted.forEach(t -> out.add(t.leg()));
    }
}
