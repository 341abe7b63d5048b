package io.optionsv4.engine.backtest;

import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.portfolio.TradeLeg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end of a backtest day and of the run: books in the {@link TradeBook} the strategies an exit closed today (with
 * the rule that closed them), settles those whose every leg has expired at the underlying's close of the expiry day,
 * and at the end lists every trade, the open ones marked at the last close, labelled with their outcome at expiry.
 * Not thread-safe.
 */
final class DayClosing {

    private final BacktestMarket market;
    private final DayMarket dayMarket;
    private final BacktestPorts ports;
    private final TradeBook book;
    private final Settled settled;
    private final Map<Long, String> exitRules;

    /**
     * @param exitRules the rule of each strategy an exit left flat, filled by the day's monitor
     */
    DayClosing(
            BacktestMarket market,
            DayMarket dayMarket,
            BacktestPorts ports,
            TradeBook book,
            Settled settled,
            Map<Long, String> exitRules) {
        this.market = market;
        this.dayMarket = dayMarket;
        this.ports = ports;
        this.book = book;
        this.settled = settled;
        this.exitRules = exitRules;
    }

    /** Books the strategies closed today by an exit, and settles those whose every leg has expired. */
    void closeFinished(LocalDate day, List<String> warnings) {
        if (book.open().isEmpty()) {
            return;
        }
        Set<Long> stillOpen = new HashSet<>();
        Map<Long, LocalDate> lastExpiry = new HashMap<>();
        for (HeldStrategy h : settled.open()) {
            stillOpen.add(h.strategyId());
            lastExpiry.put(
                    h.strategyId(),
                    h.legs().stream()
                            .map(l -> l.expiry())
                            .max(LocalDate::compareTo)
                            .orElseThrow());
        }
        List<Long> exited = new ArrayList<>();
        List<Long> expired = new ArrayList<>();
        for (long id : book.open().keySet()) {
            if (!stillOpen.contains(id)) {
                exited.add(id);
            } else if (!lastExpiry.get(id).isAfter(day)) {
                expired.add(id);
            }
        }
        if (exited.isEmpty() && expired.isEmpty()) {
            return;
        }
        Map<Long, List<TradeLeg>> legs = new HashMap<>();
        exited.forEach(id -> legs.put(id, ports.portfolio().trades(id)));
        expired.forEach(id -> legs.put(id, ports.portfolio().trades(id)));
        for (long id : exited) {
            book.closedByExit(id, exitRules.getOrDefault(id, "EXIT"), day, legs.getOrDefault(id, List.of()));
        }
        for (long id : expired) {
            settle(id, day, legs.getOrDefault(id, List.of()), warnings);
        }
    }

    private void settle(long id, LocalDate day, List<TradeLeg> legs, List<String> warnings) {
        TradeBook.Entry entry = book.open().get(id);
        LocalDate expiry = legs.get(0).contract().expiry();
        double close;
        try {
            close = dayMarket.quote(entry.symbol(), expiry).close();
        } catch (MarketDataException e) {
            warnings.add(day + ": strategy " + id + " expired on " + expiry + " but the data has no close for"
                    + " that day (" + e.getMessage() + "): kept open");
            return;
        }
        book.settled(id, expiry, legs, close);
        settled.add(id);
        ports.intents().markClosed(id, "settled at expiry " + expiry + " at the close " + close);
    }

    private Map<Long, List<TradeLeg>> legs() {
        Map<Long, List<TradeLeg>> byId = new HashMap<>();
        for (TradeLeg t : ports.portfolio().trades()) {
            byId.computeIfAbsent(t.strategyId().value(), k -> new ArrayList<>()).add(t);
        }
        return byId;
    }

    /** Returns every trade, the open ones marked at the last day's close, with its outcome at expiry. */
    List<BacktestTrade> trades(LocalDate last) {
        Map<Long, List<TradeLeg>> legs = legs();
        Marks marks = new Marks(dayMarket, last);
        Map<Long, Long> marked = new HashMap<>();
        for (long id : book.open().keySet()) {
            marked.put(id, marks.gross(legs.getOrDefault(id, List.of())));
        }
        List<BacktestTrade> all = new ArrayList<>(book.closed());
        all.addAll(book.openAtEnd(marked));
        ExpiryOutcomes outcomes = new ExpiryOutcomes(market, book);
        List<BacktestTrade> labelled = new ArrayList<>(all.size());
        for (BacktestTrade t : all) {
            labelled.add(outcomes.label(t, legs.getOrDefault(t.strategyId(), List.of())));
        }
        labelled.sort(Comparator.comparing(BacktestTrade::entryDate).thenComparingLong(BacktestTrade::strategyId));
        return labelled;
    }
}
