package io.optionsv4.engine.backtest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The account at one day's close, all figures in paise and net of every cost booked so far.
 *
 * @param day the trading day
 * @param equityPaise cash plus the open positions marked at what closing them would get (bid for longs, ask for
 *     shorts), net of costs already paid
 * @param cashPaise the account's cash (funds not counting open positions' value)
 * @param marginBlockedPaise margin blocked by the open positions at the close
 * @param openStrategies strategies open at the close
 * @param realisedPaise realised P&amp;L since the start, net of costs
 * @param unrealisedPaise open positions' P&amp;L at the close marks
 */
public record EquityPoint(
        LocalDate day,
        long equityPaise,
        long cashPaise,
        long marginBlockedPaise,
        int openStrategies,
        long realisedPaise,
        long unrealisedPaise) {

    public EquityPoint {
        Objects.requireNonNull(day, "day");
        if (openStrategies < 0 || marginBlockedPaise < 0) {
            throw new IllegalArgumentException("negative open count or margin on " + day);
        }
    }
}
