package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Two stored backtest runs side by side: the headline figures of each and where they part (pure).
 *
 * <p>Trades are matched by what was entered: the entry day, the symbol, the strategy type and the lots. Two trades with
 * that key pair up in entry order; a pair has the <em>same outcome</em> when its exit day, exit reason and net P&amp;L
 * are equal. Runs of the same period and settings on the same code give every trade paired with the same outcome and
 * no equity difference; a change to the code or the settings shows as the first day either parts.
 *
 * @param a the first run's figures
 * @param b the second run's figures
 * @param overlap where the two runs agree and where they first differ
 */
public record BacktestComparison(RunFigures a, RunFigures b, Overlap overlap) {

    /**
     * Where two runs agree.
     *
     * @param commonSessions closes both runs have
     * @param firstCommonDay the first of them; null with none
     * @param lastCommonDay the last of them; null with none
     * @param firstEquityDifference the first common close whose equity differs; null when every common close agrees
     * @param tradesPaired trades of the first run paired with a trade of the second (same entry day, symbol, type and
     *     lots)
     * @param tradesSameOutcome the pairs whose exit day, exit reason and net P&amp;L are equal too
     * @param onlyInA trades of the first run without a pair
     * @param onlyInB trades of the second run without a pair
     * @param firstTradeDifference the earliest entry day of a trade without a pair or whose pair's outcome differs;
     *     null when every trade is paired with the same outcome
     */
    public record Overlap(
            int commonSessions,
            LocalDate firstCommonDay,
            LocalDate lastCommonDay,
            LocalDate firstEquityDifference,
            int tradesPaired,
            int tradesSameOutcome,
            int onlyInA,
            int onlyInB,
            LocalDate firstTradeDifference) {

        /** Whether the two runs agree on every common close and every trade. */
        public boolean identical() {
            return firstEquityDifference == null && firstTradeDifference == null;
        }
    }

    public BacktestComparison {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(overlap, "overlap");
    }

    /** Compares {@code a} with {@code b} (Sharpe and Sortino of raw returns, as {@link BacktestReport#of}). */
    public static BacktestComparison of(BacktestResult a, BacktestResult b) {
        return new BacktestComparison(RunFigures.of(a), RunFigures.of(b), overlap(a, b));
    }

    private record Key(LocalDate entry, String symbol, String type, int lots) {
        static Key of(BacktestTrade t) {
            return new Key(t.entryDate(), t.symbol(), t.strategyType(), t.lots());
        }
    }

    static Overlap overlap(BacktestResult a, BacktestResult b) {
        Map<LocalDate, Long> equityOfB = new HashMap<>();
        b.equity().forEach(p -> equityOfB.put(p.day(), p.equityPaise()));
        int common = 0;
        LocalDate first = null;
        LocalDate last = null;
        LocalDate equityDifference = null;
        for (EquityPoint p : a.equity()) {
            Long other = equityOfB.get(p.day());
            if (other == null) {
                continue;
            }
            common++;
            first = first == null ? p.day() : first;
            last = p.day();
            if (equityDifference == null && other != p.equityPaise()) {
                equityDifference = p.day();
            }
        }
        Map<Key, Deque<BacktestTrade>> unpairedOfB = new HashMap<>();
        for (BacktestTrade t : b.trades()) {
            unpairedOfB.computeIfAbsent(Key.of(t), k -> new ArrayDeque<>()).add(t);
        }
        int paired = 0;
        int same = 0;
        int onlyInA = 0;
        LocalDate tradeDifference = null;
        for (BacktestTrade t : a.trades()) {
            Deque<BacktestTrade> candidates = unpairedOfB.get(Key.of(t));
            BacktestTrade pair = candidates == null ? null : candidates.pollFirst();
            if (pair == null) {
                onlyInA++;
                tradeDifference = earlier(tradeDifference, t.entryDate());
                continue;
            }
            paired++;
            if (sameOutcome(t, pair)) {
                same++;
            } else {
                tradeDifference = earlier(tradeDifference, t.entryDate());
            }
        }
        int onlyInB = 0;
        for (Deque<BacktestTrade> left : unpairedOfB.values()) {
            for (BacktestTrade t : left) {
                onlyInB++;
                tradeDifference = earlier(tradeDifference, t.entryDate());
            }
        }
        return new Overlap(common, first, last, equityDifference, paired, same, onlyInA, onlyInB, tradeDifference);
    }

    private static boolean sameOutcome(BacktestTrade x, BacktestTrade y) {
        return Objects.equals(x.exitDate(), y.exitDate())
                && x.exitReason().equals(y.exitReason())
                && x.netPnlPaise() == y.netPnlPaise();
    }

    private static LocalDate earlier(LocalDate known, LocalDate day) {
        return known == null || day.isBefore(known) ? day : known;
    }
}
