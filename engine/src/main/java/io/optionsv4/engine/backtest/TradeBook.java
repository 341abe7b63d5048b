package io.optionsv4.engine.backtest;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.Exercise;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The backtest's record of the strategies it entered: what analysis said at entry, and, once a strategy is closed by an
 * exit or settled at expiry, its P&amp;L from the booked legs. Not thread-safe (the runner's loop owns it).
 */
final class TradeBook {

    /** What is known of a strategy at entry. */
    record Entry(
            long strategyId,
            String symbol,
            String strategyType,
            String family,
            String marketState,
            LocalDate entryDate,
            int lots,
            long maxLossPaise,
            long marginPaise,
            double planPop,
            double expiryPop) {}

    /** The real settlement close of an underlying on a date, empty when the data has none. */
    @FunctionalInterface
    interface Closes {
        OptionalDouble close(String symbol, LocalDate day);
    }

    private final CostCalculator costs;
    private final Map<Long, Entry> open = new LinkedHashMap<>();
    private final Map<Long, Long> entryCharges = new LinkedHashMap<>();
    private final List<BacktestTrade> closed = new ArrayList<>();
    private long realisedPaise;

    TradeBook(CostCalculator costs) {
        this.costs = Checks.notNull(costs, "costs");
    }

    void entered(Entry entry) {
        open.put(entry.strategyId(), entry);
    }

    /** Records the charges booked when the strategy's legs opened. */
    void entryCharges(long strategyId, long paise) {
        entryCharges.put(strategyId, paise);
    }

    Map<Long, Entry> open() {
        return open;
    }

    long realisedPaise() {
        return realisedPaise;
    }

    List<BacktestTrade> closed() {
        return closed;
    }

    long entryChargesOf(long strategyId) {
        return entryCharges.getOrDefault(strategyId, 0L);
    }

    /** Closes a strategy whose legs were all closed by orders (an exit rule), from its booked legs. */
    void closedByExit(long strategyId, String rule, LocalDate day, List<TradeLeg> legs) {
        Entry e = open.remove(strategyId);
        long gross = 0;
        long charges = 0;
        for (TradeLeg leg : legs) {
            gross += leg.realizedGross().paise();
            charges += leg.charges().paise();
        }
        finish(e, day, rule, gross, charges, null);
    }

    /**
     * Settles a strategy whose every leg has expired: open quantities at their intrinsic value on the real close of the
     * expiry day, with the exercise STT of the in-the-money long legs from the cost tables of that day.
     */
    void settled(long strategyId, LocalDate day, List<TradeLeg> legs, double close) {
        Entry e = open.remove(strategyId);
        long gross = 0;
        long charges = 0;
        List<Exercise> exercises = new ArrayList<>();
        LocalDate expiry = legs.get(0).contract().expiry();
        for (TradeLeg leg : legs) {
            charges += leg.charges().paise();
            if (leg.exit().isPresent()) {
                gross += leg.realizedGross().paise();
                continue;
            }
            double strike = leg.contract().strike().rupees();
            Money intrinsic = Money.ofRupees(leg.contract().right().intrinsic(close, strike), RoundingMode.HALF_UP);
            gross += leg.grossAt(intrinsic).paise();
            if (leg.side() == Side.BUY) {
                exercises.add(new Exercise(leg.contract().right(), strike, leg.quantity(), close));
            }
        }
        if (!exercises.isEmpty()) {
            charges += costs.contractNote(expiry, List.of(), exercises)
                    .charges()
                    .total()
                    .paise();
        }
        finish(e, day, "SETTLEMENT", gross, charges, null);
    }

    /** Returns the still open strategies as trades marked at {@code markedGross} (paise, by id) on the last day. */
    List<BacktestTrade> openAtEnd(Map<Long, Long> markedGross) {
        List<BacktestTrade> trades = new ArrayList<>();
        for (Entry e : open.values()) {
            long gross = markedGross.getOrDefault(e.strategyId(), 0L);
            trades.add(trade(e, null, "OPEN_AT_END", gross, entryChargesOf(e.strategyId()), null));
        }
        return trades;
    }

    private void finish(Entry e, LocalDate day, String reason, long gross, long charges, Boolean expiryProfit) {
        BacktestTrade t = trade(e, day, reason, gross, charges, expiryProfit);
        realisedPaise += t.netPnlPaise();
        closed.add(t);
    }

    private static BacktestTrade trade(
            Entry e, LocalDate exit, String reason, long gross, long charges, Boolean expiryProfit) {
        return new BacktestTrade(
                e.strategyId(),
                e.symbol(),
                e.strategyType(),
                e.family(),
                e.marketState(),
                e.entryDate(),
                exit,
                reason,
                e.lots(),
                e.maxLossPaise(),
                e.marginPaise(),
                gross,
                charges,
                gross - charges,
                e.planPop(),
                e.expiryPop(),
                expiryProfit);
    }
}
