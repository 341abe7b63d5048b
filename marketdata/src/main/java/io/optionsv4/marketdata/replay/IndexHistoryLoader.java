package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.Candle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads a daily index history saved by yfinance ({@code nifty50.csv}, {@code indiavix.csv}). The column order is Date,
 * Close, High, Low, Open, Volume (not OHLC), and prices carry float32 artefacts, so every price is rounded to 2
 * decimals (NSE publishes index values to 2 decimals).
 *
 * <pre>
 * Date,Close,High,Low,Open,Volume
 * 2020-01-01,12182.5,12222.2001953125,12165.2998046875,12202.150390625,304100
 * </pre>
 *
 * <p>A negative price fails the file; an unparsable row, a repeated date or a high/low that does not contain the open
 * and close is skipped with a {@link RowWarning}.
 */
final class IndexHistoryLoader {

    private static final List<String> COLUMNS = List.of("Date", "Close", "High", "Low", "Open", "Volume");

    /**
     * One loaded history.
     *
     * @param file the file it was read from
     * @param candles candles by date
     * @param warnings skipped rows
     */
    record IndexHistory(Path file, NavigableMap<LocalDate, Candle> candles, List<RowWarning> warnings) {}

    private IndexHistoryLoader() {}

    /**
     * Loads {@code file}.
     *
     * @throws io.optionsv4.core.market.MarketDataException naming the file when its header is wrong, a value is
     *     impossible or too many rows are malformed
     */
    static IndexHistory load(Path file, String name) {
        CsvTable.Parsed<Candle> parsed = CsvTable.parse(file, name + " history", COLUMNS, IndexHistoryLoader::row);
        NavigableMap<LocalDate, Candle> candles = new TreeMap<>();
        List<RowWarning> warnings = new java.util.ArrayList<>(parsed.warnings());
        for (Candle candle : parsed.rows()) {
            if (candles.putIfAbsent(candle.date(), candle) != null) {
                warnings.add(new RowWarning(file, 1, "repeated date " + candle.date() + " skipped"));
            }
        }
        return new IndexHistory(file, java.util.Collections.unmodifiableNavigableMap(candles), List.copyOf(warnings));
    }

    private static Candle row(Fields f) {
        return new Candle(
                f.date("Date", DateTimeFormatter.ISO_LOCAL_DATE),
                cents(f.price("Open")),
                cents(f.price("High")),
                cents(f.price("Low")),
                cents(f.price("Close")),
                f.count("Volume"));
    }

    /** Rounds a float32 artefact such as 12222.2001953125 to 12222.20. */
    static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
