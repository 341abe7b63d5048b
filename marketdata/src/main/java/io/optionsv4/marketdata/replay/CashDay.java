package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.Quote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One loaded cash-market bhavcopy: the EQ-series quote of each symbol, and the malformed rows that were skipped.
 *
 * @param date the trade date, verified against every row
 * @param file the file it was read from
 * @param quotes EQ-series quotes by symbol
 * @param warnings rejected rows
 * @param rejected the rejected row of each symbol that has no quote because of it
 */
record CashDay(
        LocalDate date,
        Path file,
        Map<String, Quote> quotes,
        List<RowWarning> warnings,
        Map<String, RowWarning> rejected) {}
