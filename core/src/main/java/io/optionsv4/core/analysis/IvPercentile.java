package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The IV rank and percentile of one stock as of one day ({@code iv_percentiles}).
 *
 * @param symbol the NSE symbol
 * @param asOf the day the statistics describe (the last day of the window)
 * @param statistics the statistics over the window
 */
public record IvPercentile(String symbol, LocalDate asOf, IvStatistics statistics) {

    /** Validates the components. */
    public IvPercentile {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(statistics, "statistics");
    }
}
