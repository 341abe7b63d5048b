package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>A negative price fails the file, and so do two rows of one date that disagree. A rejected row (unparsable, an
 * index value of 0, a high/low that does not contain the open and close) is reported; when its date can be read, that
 * date is recorded in {@link IndexHistory#rejectedDates()} and asking for it is an error naming the file and line,
 * never a silent fall back to the day before. A repeated identical row is reported as a duplicate.
 *
 * <p>Used by the replay and by the historical NIFTY market ({@code marketdata.history}). Stateless; thread-safe.
 */
public final class IndexHistoryLoader {

    private static final List<String> COLUMNS = List.of("Date", "Close", "High", "Low", "Open", "Volume");

    /**
     * One loaded history: the candles of every accepted row and every rejected row with its file and line.
     *
     * @param file the file it was read from
     * @param candles candles by date
     * @param warnings rejected rows
     * @param rejectedDates the rejected row of each date whose row could not be used
     */
    public record IndexHistory(
            Path file,
            NavigableMap<LocalDate, Candle> candles,
            List<RowWarning> warnings,
            Map<LocalDate, RowWarning> rejectedDates) {

        /**
         * Fails when a row of a date from {@code from} to {@code to} was rejected.
         *
         * @throws MarketDataException naming the file and line of the first such row
         */
        public void requireNoRejectedRow(LocalDate from, LocalDate to) {
            rejectedDates.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                    .map(Map.Entry::getValue)
                    .min(java.util.Comparator.comparingInt(RowWarning::line))
                    .ifPresent(w -> {
                        throw new MarketDataException("the row of " + w.key() + " is invalid: " + w);
                    });
        }
    }

    private IndexHistoryLoader() {}

    /**
     * Loads {@code file}.
     *
     * @param file the history file, plain or gzipped
     * @param name the index's name for messages, e.g. {@code NIFTY}
     * @param policy how many rejected rows refuse the file
     * @throws MarketDataException naming the file when its header is wrong, a value is impossible, two rows of a date
     *     disagree or more rows are rejected than {@code policy} allows
     */
    public static IndexHistory load(Path file, String name, DataQualityPolicy policy) {
        CsvTable.Parsed<Candle> parsed = CsvTable.parse(
                file, new CsvTable.Spec(name + " history", COLUMNS, "Date"), policy, IndexHistoryLoader::row);
        NavigableMap<LocalDate, Candle> candles = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        List<RowWarning> warnings = new ArrayList<>(parsed.warnings());
        for (int i = 0; i < parsed.rows().size(); i++) {
            Candle candle = parsed.rows().get(i);
            int line = parsed.lines().get(i);
            Candle earlier = candles.putIfAbsent(candle.date(), candle);
            if (earlier == null) {
                lineOf.put(candle.date(), line);
            } else if (earlier.equals(candle)) {
                warnings.add(new RowWarning(
                        file,
                        line,
                        DataIssue.DUPLICATE,
                        "Date",
                        candle.date().toString(),
                        "repeats line " + lineOf.get(candle.date())));
            } else {
                throw new MarketDataException(name + " history " + file + ":" + line + ": " + candle.date()
                        + " is also on line " + lineOf.get(candle.date()) + " with other values; neither is trusted");
            }
        }
        return new IndexHistory(
                file, Collections.unmodifiableNavigableMap(candles), List.copyOf(warnings), rejected(parsed));
    }

    private static Map<LocalDate, RowWarning> rejected(CsvTable.Parsed<Candle> parsed) {
        Map<LocalDate, RowWarning> rejected = new HashMap<>();
        for (RowWarning w : parsed.warnings()) {
            try {
                rejected.putIfAbsent(LocalDate.parse(w.key()), w);
            } catch (DateTimeException e) {
                // the date itself is unreadable: the row is in the quality report
            }
        }
        return Map.copyOf(rejected);
    }

    /** Parses one row (package-private for the parser fuzz test). */
    static Candle row(Fields f) {
        return new Candle(
                f.date("Date", DateTimeFormatter.ISO_LOCAL_DATE),
                cents(f.positivePrice("Open")),
                cents(f.positivePrice("High")),
                cents(f.positivePrice("Low")),
                cents(f.positivePrice("Close")),
                f.count("Volume"));
    }

    /** Rounds a float32 artefact such as 12222.2001953125 to 12222.20. */
    static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
