package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestTrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a set of trades made, after costs. Only closed trades (exited or settled) count in the ratios; trades still
 * open at the run's end are counted apart with their P&amp;L at the last marks.
 *
 * <p>A win is a closed trade with net P&amp;L above zero, a loss one below zero; a trade of exactly zero is neither.
 * Win rate = wins / closed. Average win (loss) = mean net P&amp;L of the wins (losses; negative). Profit factor =
 * sum of wins / |sum of losses|. Expectancy = mean net P&amp;L per closed trade
 * ({@code = winRate * averageWin + lossRate * averageLoss}).
 *
 * @param trades every trade of the set
 * @param closed trades closed by an exit or settlement
 * @param openAtEnd trades still open at the run's end
 * @param wins closed trades with net P&amp;L above zero
 * @param losses closed trades with net P&amp;L below zero
 * @param winRate wins / closed; null with no closed trade
 * @param averageWinPaise mean net P&amp;L of the wins; null with no win
 * @param averageLossPaise mean net P&amp;L of the losses (negative); null with no loss
 * @param largestWinPaise the best closed trade's net P&amp;L (0 with no win)
 * @param largestLossPaise the worst closed trade's net P&amp;L (0 with no loss)
 * @param grossProfitPaise sum of the wins' net P&amp;L
 * @param grossLossPaise sum of the losses' net P&amp;L (zero or negative)
 * @param netPnlPaise net P&amp;L of the closed trades
 * @param costsPaise costs of the closed trades
 * @param profitFactor grossProfit / |grossLoss|; null with no loss
 * @param expectancyPaise mean net P&amp;L per closed trade; null with no closed trade
 * @param openNetPnlPaise net P&amp;L of the trades open at the end, at the last marks
 */
public record TradeStatistics(
        int trades,
        int closed,
        int openAtEnd,
        int wins,
        int losses,
        Double winRate,
        Double averageWinPaise,
        Double averageLossPaise,
        long largestWinPaise,
        long largestLossPaise,
        long grossProfitPaise,
        long grossLossPaise,
        long netPnlPaise,
        long costsPaise,
        Double profitFactor,
        Double expectancyPaise,
        long openNetPnlPaise) {

    /**
     * The statistics of the trades sharing one value of a grouping (strategy type, family or market state).
     *
     * @param key the group's value ({@code unknown} for trades without one)
     * @param statistics the group's statistics
     */
    public record Group(String key, TradeStatistics statistics) {}

    /** Computes the statistics of {@code trades}. */
    public static TradeStatistics of(List<BacktestTrade> trades) {
        int closed = 0;
        int wins = 0;
        int losses = 0;
        long profit = 0;
        long loss = 0;
        long net = 0;
        long costs = 0;
        long best = 0;
        long worst = 0;
        long openNet = 0;
        for (BacktestTrade t : trades) {
            long pnl = t.netPnlPaise();
            if (!t.closed()) {
                openNet += pnl;
                continue;
            }
            closed++;
            net += pnl;
            costs += t.costsPaise();
            if (pnl > 0) {
                wins++;
                profit += pnl;
                best = Math.max(best, pnl);
            } else if (pnl < 0) {
                losses++;
                loss += pnl;
                worst = Math.min(worst, pnl);
            }
        }
        return new TradeStatistics(
                trades.size(),
                closed,
                trades.size() - closed,
                wins,
                losses,
                closed == 0 ? null : (double) wins / closed,
                wins == 0 ? null : (double) profit / wins,
                losses == 0 ? null : (double) loss / losses,
                best,
                worst,
                profit,
                loss,
                net,
                costs,
                losses == 0 ? null : (double) profit / -loss,
                closed == 0 ? null : (double) net / closed,
                openNet);
    }

    /** Computes the statistics of each group of {@code trades} by {@code key}, groups in key order. */
    public static List<Group> byKey(List<BacktestTrade> trades, Function<BacktestTrade, String> key) {
        Map<String, List<BacktestTrade>> groups = new TreeMap<>();
        for (BacktestTrade t : trades) {
            String k = key.apply(t);
            groups.computeIfAbsent(k == null || k.isBlank() ? "unknown" : k, x -> new ArrayList<>())
                    .add(t);
        }
        List<Group> result = new ArrayList<>(groups.size());
        groups.forEach((k, list) -> result.add(new Group(k, of(list))));
        return List.copyOf(result);
    }
}
