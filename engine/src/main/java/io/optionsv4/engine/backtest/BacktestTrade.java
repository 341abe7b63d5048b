package io.optionsv4.engine.backtest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One strategy the backtest entered, from entry to its exit or settlement, with the probabilities analysis gave it.
 *
 * @param strategyId the strategy's id in the run
 * @param symbol the underlying
 * @param strategyType the strategy type's name (e.g. {@code IRON_CONDOR})
 * @param family the strategy family the calibration groups by (the registry's category)
 * @param marketState the market state analysis saw at entry (trend/volatility regime as the analysis names it)
 * @param entryDate the day it was entered
 * @param exitDate the day it was closed or settled; null while still open at the end of the run
 * @param exitReason why it ended (the exit rule, {@code SETTLEMENT}, or {@code OPEN_AT_END})
 * @param lots lots entered
 * @param maxLossPaise the strategy's maximum loss at entry (positive; {@code Long.MAX_VALUE} when unbounded)
 * @param marginPaise margin blocked at entry
 * @param grossPnlPaise P&amp;L before costs (at the end marks when still open)
 * @param costsPaise every cost booked (entry, exit, settlement STT)
 * @param netPnlPaise {@code grossPnlPaise - costsPaise}
 * @param predictedPlanPop the probability of profit under the exit plan that analysis gave at entry, in [0, 1]
 * @param predictedExpiryPop the probability of profit if held to expiry that analysis gave at entry, in [0, 1]
 * @param expiryProfit whether holding to expiry would have been profitable at the real settlement price, net of
 *     entry costs; null when the expiry lies after the data's end
 */
public record BacktestTrade(
        long strategyId,
        String symbol,
        String strategyType,
        String family,
        String marketState,
        LocalDate entryDate,
        LocalDate exitDate,
        String exitReason,
        int lots,
        long maxLossPaise,
        long marginPaise,
        long grossPnlPaise,
        long costsPaise,
        long netPnlPaise,
        double predictedPlanPop,
        double predictedExpiryPop,
        Boolean expiryProfit) {

    public BacktestTrade {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(strategyType, "strategyType");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(exitReason, "exitReason");
        if (netPnlPaise != grossPnlPaise - costsPaise) {
            throw new IllegalArgumentException("net " + netPnlPaise + " != gross " + grossPnlPaise + " - costs "
                    + costsPaise + " for strategy " + strategyId);
        }
        if (!(predictedPlanPop >= 0 && predictedPlanPop <= 1 && predictedExpiryPop >= 0 && predictedExpiryPop <= 1)) {
            throw new IllegalArgumentException("PoP outside [0, 1] for strategy " + strategyId + ": " + predictedPlanPop
                    + ", " + predictedExpiryPop);
        }
    }

    /** Whether the trade is closed (by an exit or settlement) rather than still open at the run's end. */
    public boolean closed() {
        return exitDate != null;
    }

    /** Whether the trade made money after costs (the realised outcome the plan PoP is scored against). */
    public boolean profitable() {
        return netPnlPaise > 0;
    }

    /** Returns this trade with the outcome label {@code profit} at expiry (null when it has none). */
    public BacktestTrade withExpiryProfit(Boolean profit) {
        return new BacktestTrade(
                strategyId,
                symbol,
                strategyType,
                family,
                marketState,
                entryDate,
                exitDate,
                exitReason,
                lots,
                maxLossPaise,
                marginPaise,
                grossPnlPaise,
                costsPaise,
                netPnlPaise,
                predictedPlanPop,
                predictedExpiryPop,
                profit);
    }
}
