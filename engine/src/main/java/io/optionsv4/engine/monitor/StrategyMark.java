package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.PositionState;
import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * One strategy marked to the market at one instant.
 *
 * @param strategyId the strategy
 * @param time the instant of the newest quote used
 * @param grossPnlRupees P&amp;L of the open legs closed at executable prices (long legs at the bid, short at the ask),
 *     plus what partial exits realised, before costs
 * @param netPnlRupees {@code grossPnlRupees} less the entry costs booked and the estimated costs to close
 * @param midPnlRupees the same as gross, at mid prices: a reference, not what closing would get
 * @param exitCostsRupees the estimated charges of closing every open leg now
 * @param underlyingPrice the underlying's last price
 * @param greeks the position's net Greeks
 * @param quoteAge the age of the oldest quote used
 */
public record StrategyMark(
        long strategyId,
        Instant time,
        double grossPnlRupees,
        double netPnlRupees,
        double midPnlRupees,
        double exitCostsRupees,
        double underlyingPrice,
        PositionState.NetGreeks greeks,
        Duration quoteAge) {

    /** Validates the mark. */
    public StrategyMark {
        Checks.notNull(time, "time");
        Checks.finite(grossPnlRupees, "grossPnlRupees");
        Checks.finite(netPnlRupees, "netPnlRupees");
        Checks.finite(midPnlRupees, "midPnlRupees");
        Checks.nonNegative(exitCostsRupees, "exitCostsRupees");
        Checks.notNull(greeks, "greeks");
        Checks.notNull(quoteAge, "quoteAge");
    }
}
