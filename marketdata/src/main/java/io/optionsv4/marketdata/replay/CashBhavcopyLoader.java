package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Quote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one day's NSE cash-market bhavcopy in either form and keeps the EQ series (the F&amp;O underlyings' shares).
 *
 * <p><b>Old form</b> {@code cmDDMMMYYYYbhav.csv}: every line ends with a comma; TOTTRDQTY is shares traded.
 *
 * <pre>
 * SYMBOL,SERIES,OPEN,HIGH,LOW,CLOSE,LAST,PREVCLOSE,TOTTRDQTY,TOTTRDVAL,TIMESTAMP,TOTALTRADES,ISIN,
 * RELIANCE,EQ,1518,1527.1,1505.5,1509.6,1511.8,1514.05,6402372,9701063103.4,01-JAN-2020,122265,INE002A01018,
 * </pre>
 *
 * <p><b>Full form</b> {@code sec_bhavdata_full_DDMMYYYY.csv}, with delivery data; fields are separated by {@code ", "}.
 *
 * <pre>
 * SYMBOL, SERIES, DATE1, PREV_CLOSE, OPEN_PRICE, HIGH_PRICE, LOW_PRICE, LAST_PRICE, CLOSE_PRICE, AVG_PRICE, ...
 * 20MICRONS, EQ, 01-Jan-2026, 212.77, 214.47, 214.47, 208.41, 213.50, 212.08, 211.57, 163949, ...
 * </pre>
 *
 * <p>An EQ row of another date or with a negative price fails the file, and so do two EQ rows of one symbol that
 * disagree; an unparsable EQ row (or one with a close of 0, or whose high and low do not contain its open and close) is
 * rejected with a {@link RowWarning}, and asking for that symbol's quote is an error naming the file and line. Other
 * series are not read.
 */
final class CashBhavcopyLoader {

    private static final List<String> OLD_COLUMNS =
            List.of("SYMBOL", "SERIES", "OPEN", "HIGH", "LOW", "CLOSE", "LAST", "PREVCLOSE", "TOTTRDQTY", "TIMESTAMP");
    private static final List<String> FULL_COLUMNS = List.of(
            "SYMBOL",
            "SERIES",
            "DATE1",
            "PREV_CLOSE",
            "OPEN_PRICE",
            "HIGH_PRICE",
            "LOW_PRICE",
            "LAST_PRICE",
            "CLOSE_PRICE",
            "TTL_TRD_QNTY");
    private static final String EQUITY_SERIES = "EQ";

    /** Column names of one form, in the order open, high, low, close, last, previous close, volume, date. */
    private record Columns(
            String open,
            String high,
            String low,
            String close,
            String last,
            String previousClose,
            String volume,
            String date) {}

    private static final Columns OLD =
            new Columns("OPEN", "HIGH", "LOW", "CLOSE", "LAST", "PREVCLOSE", "TOTTRDQTY", "TIMESTAMP");
    private static final Columns FULL = new Columns(
            "OPEN_PRICE",
            "HIGH_PRICE",
            "LOW_PRICE",
            "CLOSE_PRICE",
            "LAST_PRICE",
            "PREV_CLOSE",
            "TTL_TRD_QNTY",
            "DATE1");

    private CashBhavcopyLoader() {}

    /**
     * Loads {@code file}, whose name says its kind and trade date.
     *
     * @throws io.optionsv4.core.market.MarketDataException naming the file when its header is wrong, a value is
     *     impossible or too many rows are malformed
     */
    static CashDay load(Path file, NseFileKind kind, LocalDate date, DataQualityPolicy policy) {
        CsvTable.Parsed<Quote> parsed = switch (kind) {
            case CASH_OLD ->
                CsvTable.parse(
                        file,
                        new CsvTable.Spec("cash bhavcopy", OLD_COLUMNS, "SYMBOL"),
                        policy,
                        f -> row(f, OLD, date));
            case CASH_FULL ->
                CsvTable.parse(
                        file,
                        new CsvTable.Spec("full cash bhavcopy", FULL_COLUMNS, "SYMBOL"),
                        policy,
                        f -> row(f, FULL, date));
            case FO_OLD, FO_UDIFF, NIFTY_HISTORY, VIX_HISTORY ->
                throw new IllegalArgumentException(file + " is not a cash bhavcopy but " + kind);
        };
        Map<String, Quote> quotes = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<RowWarning> warnings = new ArrayList<>(parsed.warnings());
        for (int i = 0; i < parsed.rows().size(); i++) {
            Quote quote = parsed.rows().get(i);
            int line = parsed.lines().get(i);
            Quote earlier = quotes.putIfAbsent(quote.symbol(), quote);
            if (earlier == null) {
                lineOf.put(quote.symbol(), line);
            } else if (earlier.equals(quote)) {
                warnings.add(new RowWarning(
                        file,
                        line,
                        DataIssue.DUPLICATE,
                        "SYMBOL",
                        quote.symbol(),
                        "repeats line " + lineOf.get(quote.symbol())));
            } else {
                throw new MarketDataException("cash bhavcopy " + file + ":" + line + ": the EQ row of "
                        + quote.symbol() + " is also on line " + lineOf.get(quote.symbol())
                        + " with other values; neither is trusted");
            }
        }
        Map<String, RowWarning> rejected = new HashMap<>();
        parsed.warnings().stream()
                .filter(w -> !quotes.containsKey(w.key()))
                .forEach(w -> rejected.putIfAbsent(w.key(), w));
        return new CashDay(date, file, Map.copyOf(quotes), List.copyOf(warnings), Map.copyOf(rejected));
    }

    /** Parses one row of the old form (package-private for the parser fuzz test); null for another series. */
    static Quote oldRow(Fields f, LocalDate date) {
        return row(f, OLD, date);
    }

    private static Quote row(Fields f, Columns c, LocalDate date) {
        if (!EQUITY_SERIES.equals(f.text("SERIES"))) {
            return null;
        }
        Fields.requireTradeDate(f.date(c.date(), NseFileKind.Formats.DD_MMM_YYYY), date, c.date());
        Candle session = new Candle(
                date,
                f.price(c.open()),
                f.price(c.high()),
                f.price(c.low()),
                f.positivePrice(c.close()),
                f.count(c.volume()));
        return new Quote(
                f.required("SYMBOL"),
                date,
                BhavcopyReplayMarketData.closeOf(date),
                f.price(c.last()),
                session,
                f.price(c.previousClose()));
    }
}
