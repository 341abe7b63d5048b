package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;
import java.time.Duration;

/**
 * How the execution trades and what it checks first.
 *
 * @param entry the price chase of entry orders
 * @param unwind the price chase of unwind orders
 * @param unwindTries how many unwind orders one leg gets before the execution stops and says so
 * @param brokerAttempts how many times a call the broker could not take (unavailable, rate limited) is tried
 * @param retryPause the pause between those tries
 * @param maxQuoteAge the oldest quote the price check accepts
 * @param ignoreMarketHours paper trading on recorded data: the market-hours and quote-age checks are waived
 * @param limits the risk limits
 */
public record ExecutionSettings(
        PriceChase entry,
        PriceChase unwind,
        int unwindTries,
        int brokerAttempts,
        Duration retryPause,
        Duration maxQuoteAge,
        boolean ignoreMarketHours,
        ExecutionLimits limits) {

    /** The defaults: {@link PriceChase#ENTRY}, {@link PriceChase#UNWIND}, 3 unwind orders, 3 tries 0.5 s apart. */
    public static final ExecutionSettings DEFAULT = new ExecutionSettings(
            PriceChase.ENTRY,
            PriceChase.UNWIND,
            3,
            3,
            Duration.ofMillis(500),
            Duration.ofMinutes(2),
            false,
            ExecutionLimits.DEFAULT);

    /** Validates the settings. */
    public ExecutionSettings {
        Checks.notNull(entry, "entry");
        Checks.notNull(unwind, "unwind");
        Checks.positive(unwindTries, "unwindTries");
        Checks.positive(brokerAttempts, "brokerAttempts");
        Checks.notNull(retryPause, "retryPause");
        Checks.notNull(maxQuoteAge, "maxQuoteAge");
        Checks.notNull(limits, "limits");
    }

    /** Returns these settings with the market-hours and quote-age checks waived or applied. */
    public ExecutionSettings withIgnoreMarketHours(boolean ignore) {
        return new ExecutionSettings(
                entry, unwind, unwindTries, brokerAttempts, retryPause, maxQuoteAge, ignore, limits);
    }
}
