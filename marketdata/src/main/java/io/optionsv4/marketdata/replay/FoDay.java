package io.optionsv4.marketdata.replay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One loaded F&amp;O bhavcopy: its option rows by underlying symbol, the prices of its traded futures, and the
 * malformed rows that were skipped.
 *
 * @param date the trade date, verified against every row
 * @param file the file it was read from
 * @param options option rows by underlying symbol, in file order
 * @param futures settlement prices of the futures traded that day, by symbol and expiry
 * @param warnings skipped rows
 */
record FoDay(
        LocalDate date,
        Path file,
        Map<String, List<OptionRow>> options,
        Map<String, Map<LocalDate, Double>> futures,
        List<RowWarning> warnings) {

    /** Returns the settlement price of the symbol's future expiring on {@code expiry}, if it traded that day. */
    OptionalDouble futurePrice(String symbol, LocalDate expiry) {
        Double price = futures.getOrDefault(symbol, Map.of()).get(expiry);
        return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
    }
}
