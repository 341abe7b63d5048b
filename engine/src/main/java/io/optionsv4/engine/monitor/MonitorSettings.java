package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * The monitor's own rules, beside each strategy's stored plan.
 *
 * @param maxQuoteAge no exit is decided on a quote older than this
 * @param stallAfter the realtime monitor raises a stall alert when no tick arrives for this long
 * @param absoluteStopRupees a loss limit per strategy in rupees, if any
 * @param trailingStop a trailing stop for every strategy, if any (activation as a share of the first profit target)
 * @param maxHoldingTradingDays close after this many trading days, 0 for no limit
 * @param expiryRiskTradingDays close in-the-money short stock options this many trading days before expiry
 * @param rate the risk-free rate for the position Greeks
 */
public record MonitorSettings(
        Duration maxQuoteAge,
        Duration stallAfter,
        Optional<Double> absoluteStopRupees,
        Optional<ExitRules.TrailingStop> trailingStop,
        int maxHoldingTradingDays,
        int expiryRiskTradingDays,
        double rate) {

    /** 30 s quotes, a 2 s stall alert, no absolute stop or trailing stop, no holding limit, 1 day of expiry risk. */
    public static final MonitorSettings DEFAULT = new MonitorSettings(
            Duration.ofSeconds(30), Duration.ofSeconds(2), Optional.empty(), Optional.empty(), 0, 1, 0.065);

    /** Validates the settings. */
    public MonitorSettings {
        Checks.notNull(maxQuoteAge, "maxQuoteAge");
        Checks.argument(maxQuoteAge.isPositive(), "maxQuoteAge must be positive but was " + maxQuoteAge);
        Checks.notNull(stallAfter, "stallAfter");
        Checks.argument(stallAfter.isPositive(), "stallAfter must be positive but was " + stallAfter);
        Checks.notNull(absoluteStopRupees, "absoluteStopRupees");
        Checks.notNull(trailingStop, "trailingStop");
        Checks.argument(maxHoldingTradingDays >= 0, "maxHoldingTradingDays must be >= 0: " + maxHoldingTradingDays);
        Checks.argument(expiryRiskTradingDays >= 0, "expiryRiskTradingDays must be >= 0: " + expiryRiskTradingDays);
        Checks.finite(rate, "rate");
    }

    /** Returns these settings with another quote-age limit (the polling monitor reads end-of-day data). */
    public MonitorSettings withMaxQuoteAge(Duration age) {
        return new MonitorSettings(
                age, stallAfter, absoluteStopRupees, trailingStop, maxHoldingTradingDays, expiryRiskTradingDays, rate);
    }

    /** Returns these settings with another stall limit of the realtime monitor. */
    public MonitorSettings withStallAfter(Duration stall) {
        return new MonitorSettings(
                maxQuoteAge,
                stall,
                absoluteStopRupees,
                trailingStop,
                maxHoldingTradingDays,
                expiryRiskTradingDays,
                rate);
    }
}
