package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.ChainSource;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.history.ExpirySchedule.Listed;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.TradingCalendar;
import io.optionsv4.marketdata.replay.DataQualityPolicy;
import io.optionsv4.marketdata.replay.IndexHistoryLoader.IndexHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The historical NIFTY market: a {@link MarketData} for backtests in which NIFTY 50 and India VIX are the real daily
 * files and every NIFTY option chain is rebuilt for the real session from that day's NIFTY close and India VIX. The
 * option prices are model prices ({@value #PRICE_NOTICE}); every chain says so with {@link ChainSource#MODEL}.
 *
 * <p>What is served, for each session of {@code nifty50.csv} (its dates are the sessions; a day it lacks has no quote
 * and no chain):
 *
 * <ul>
 *   <li>{@code NIFTY} and {@code INDIA VIX} quotes and daily candles, straight from the files (rounded to 2 decimals);
 *       India VIX on a session without a VIX row is carried forward from the last earlier row by {@link
 *       #indiaVix(LocalDate)} and listed in {@link #qualityReport()}; the VIX quote and candles show only real rows.
 *   <li>NIFTY option expiries by the rules of the time (monthly on the last Thursday, Tuesday from Sep-2025; weeklies
 *       from 11 Feb 2019; quarter and half-year months from 18 Dec 2018) with holidays from NSE's trading calendar.
 *   <li>NIFTY chains: NSE's strike grid of the time around the closes since each expiry was listed, the lot of the
 *       time, the RBI repo rate, an ATM term structure anchored on India VIX and an SSVI smile fitted to the real 2020
 *       and 2026 chains, bid/ask from {@code core.costs.SpreadModel}. Model and calibration: {@code docs/backtest.md}.
 * </ul>
 *
 * <p><b>No look-ahead, by construction.</b> A market is a view up to its {@link #lastDate()}: a question about a later
 * date throws, and candles are clipped to it. {@link #asOf(LocalDate)} makes the view of an earlier date over the same
 * loaded files and caches (views only narrow). Every answer for a date is computed from that date and earlier rows
 * only (plus the rule tables and NSE's published holiday calendar), so no row after the as-of date can change it.
 *
 * <p>Bad input is a {@link MarketDataException} naming the file (and line) or the date: a date after the as-of date or
 * outside the files, a weekend or holiday, a session missing from the NIFTY file, a rejected (malformed) row, a
 * missing VIX beyond the carry-forward limit, an expiry not listed that day, a date without a known lot size or rate.
 * Thread-safe.
 */
public final class HistoricalNiftyMarket implements MarketData {

    /** Symbol of the NIFTY 50 index, served from {@code nifty50.csv}. */
    public static final String NIFTY = "NIFTY";

    /** Symbol of India VIX, served from {@code indiavix.csv}. */
    public static final String INDIA_VIX = "INDIA VIX";

    /** What every consumer of this market's option prices must be told. */
    public static final String PRICE_NOTICE = "NIFTY option prices of the historical market are model prices"
            + " (Black-76 on a smile anchored on the day's real NIFTY close and India VIX), not traded prices";

    /** The NIFTY history's path under a data directory (plain or gzipped). */
    public static final String NIFTY_FILE = "index_daily/nifty50.csv";

    /** The India VIX history's path under a data directory (plain or gzipped). */
    public static final String VIX_FILE = "index_daily/indiavix.csv";

    private final HistoricalChains chains;
    private final TradingCalendar calendar;
    private final LocalDate lastDate;

    private HistoricalNiftyMarket(HistoricalChains chains, TradingCalendar calendar, LocalDate lastDate) {
        this.chains = chains;
        this.calendar = calendar;
        this.lastDate = lastDate;
    }

    /**
     * Loads the market from a data directory holding {@value #NIFTY_FILE} and {@value #VIX_FILE} (plain or {@code .gz},
     * e.g. the project's {@code data/}); the view ends at the last NIFTY session.
     *
     * @throws MarketDataException naming a file that is missing, unreadable or refused
     */
    public static HistoricalNiftyMarket load(Path dataDirectory) {
        Checks.notNull(dataDirectory, "dataDirectory");
        return load(dataFile(dataDirectory, NIFTY_FILE), dataFile(dataDirectory, VIX_FILE));
    }

    /**
     * Loads the market from the two history files with {@link DataQualityPolicy#DEFAULT}.
     *
     * @throws MarketDataException naming a file that is unreadable or refused
     */
    public static HistoricalNiftyMarket load(Path niftyFile, Path vixFile) {
        return load(niftyFile, vixFile, DataQualityPolicy.DEFAULT);
    }

    /**
     * Loads the market from the two history files, refusing a file by {@code policy}; the view ends at the last NIFTY
     * session.
     *
     * @throws MarketDataException naming a file that is unreadable or refused
     */
    public static HistoricalNiftyMarket load(Path niftyFile, Path vixFile, DataQualityPolicy policy) {
        TradingCalendar calendar = ReferenceData.standard().calendar();
        NiftyHistory history = NiftyHistory.load(
                Checks.notNull(niftyFile, "niftyFile"),
                Checks.notNull(vixFile, "vixFile"),
                Checks.notNull(policy, "policy"),
                calendar);
        HistoricalChains chains = new HistoricalChains(
                history, ExpirySchedule.load(calendar), StrikeGrid.load(), LotSizeHistory.load(), RepoRates.load());
        return new HistoricalNiftyMarket(chains, calendar, history.lastSession());
    }

    /**
     * Returns the view of this market as of {@code date}: the same files and caches, nothing after {@code date}
     * reachable. Views only narrow: a date after this view's {@link #lastDate()} is refused, so code handed a view
     * cannot reach later data through it.
     *
     * @throws MarketDataException when {@code date} is after this view's as-of date
     */
    public HistoricalNiftyMarket asOf(LocalDate date) {
        requireNotAfter(date);
        return new HistoricalNiftyMarket(chains, calendar, date);
    }

    /** Returns the last date this view serves: its as-of date. */
    public LocalDate lastDate() {
        return lastDate;
    }

    /** Returns the first session of the NIFTY file. */
    public LocalDate firstSession() {
        return chains.history().firstSession();
    }

    /** Returns the sessions (dates of the NIFTY file) from {@code from} to {@code to}, clipped to the as-of date. */
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        LocalDate end = clip(Checks.notNull(to, "to"));
        NiftyHistory history = chains.history();
        List<LocalDate> result = new ArrayList<>();
        for (int i = Math.max(0, history.lastIndexBefore(from) + 1);
                i <= history.lastIndexBefore(end.plusDays(1));
                i++) {
            result.add(history.session(i));
        }
        return List.copyOf(result);
    }

    /** Returns the data-quality report of the files up to the as-of date. */
    public HistoryQualityReport qualityReport() {
        return chains.history().report(lastDate);
    }

    /**
     * Returns the continuously compounded rate the chains of {@code asOf} discount with: {@code ln(1 + repo)}.
     *
     * @throws MarketDataException for a date after the as-of date or without a known repo rate
     */
    public double rate(LocalDate asOf) {
        requireNotAfter(asOf);
        return chains.rates().continuousRate(asOf);
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        sessionIndex(asOf);
        return List.of(NIFTY);
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        return switch (index(symbol)) {
            case NIFTY -> niftyQuote(asOf);
            default -> vixQuote(asOf);
        };
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        IndexHistory history = history(index(symbol));
        Checks.notNull(from, "from");
        LocalDate end = clip(Checks.notNull(to, "to"));
        if (from.isAfter(end)) {
            return List.of();
        }
        history.requireNoRejectedRow(from, end);
        return List.copyOf(history.candles().subMap(from, true, end, true).values());
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        requireNiftyOptions(symbol);
        sessionIndex(asOf);
        return chains.listed(asOf).stream().map(Listed::expiry).toList();
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        requireNiftyOptions(symbol);
        Checks.notNull(expiry, "expiry");
        return chains.chain(sessionIndex(asOf), expiry);
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        requireNotAfter(asOf);
        IndexHistory vix = chains.history().vix();
        vix.requireNoRejectedRow(asOf, asOf);
        Candle candle = vix.candles().get(asOf);
        if (candle != null) {
            return candle.close();
        }
        sessionIndex(asOf);
        return chains.history().vixOn(asOf).vix();
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        return dailyCandles(INDIA_VIX, from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        return dailyCandles(NIFTY, from, to);
    }

    private Quote niftyQuote(LocalDate asOf) {
        int index = sessionIndex(asOf);
        NiftyHistory history = chains.history();
        if (index == 0) {
            throw new MarketDataException("NIFTY has no session before " + asOf + " in "
                    + history.nifty().file() + " for the previous close");
        }
        Candle candle = history.nifty().candles().get(asOf);
        return new Quote(
                NIFTY, asOf, TimeToExpiry.expiryInstant(asOf), candle.close(), candle, history.close(index - 1));
    }

    private Quote vixQuote(LocalDate asOf) {
        requireNotAfter(asOf);
        IndexHistory vix = chains.history().vix();
        vix.requireNoRejectedRow(asOf, asOf);
        Candle candle = vix.candles().get(asOf);
        if (candle == null) {
            throw new MarketDataException(vix.file() + " has no India VIX row for " + asOf
                    + "; no quote is made up (indiaVix(" + asOf + ") carries an earlier close forward on a NIFTY"
                    + " session, see qualityReport())");
        }
        Map.Entry<LocalDate, Candle> previous = vix.candles().lowerEntry(asOf);
        if (previous == null) {
            throw new MarketDataException(
                    "India VIX has no row before " + asOf + " in " + vix.file() + " for the previous close");
        }
        return new Quote(
                INDIA_VIX,
                asOf,
                TimeToExpiry.expiryInstant(asOf),
                candle.close(),
                candle,
                previous.getValue().close());
    }

    /**
     * Returns the index of session {@code date}.
     *
     * @throws MarketDataException saying why {@code date} is not a session this view serves
     */
    private int sessionIndex(LocalDate date) {
        requireNotAfter(date);
        NiftyHistory history = chains.history();
        history.nifty().requireNoRejectedRow(date, date);
        int index = history.indexOf(date);
        if (index >= 0) {
            return index;
        }
        Path file = history.nifty().file();
        if (date.isBefore(history.firstSession()) || date.isAfter(history.lastSession())) {
            throw new MarketDataException(date + " is outside " + file + ", which runs from " + history.firstSession()
                    + " to " + history.lastSession());
        }
        if (calendar.covers(date) && calendar.isTradingDay(date)) {
            throw new MarketDataException(date + " is an NSE session but " + file + " has no row for it (a gap of the"
                    + " file): no NIFTY close, quote or chain that day");
        }
        throw new MarketDataException(date + " ("
                + date.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                + ") is not a trading session: " + file + " has no row for it (weekend or NSE holiday); the previous"
                + " session is " + history.session(history.lastIndexBefore(date)));
    }

    private void requireNotAfter(LocalDate date) {
        Checks.notNull(date, "date");
        if (date.isAfter(lastDate)) {
            throw new MarketDataException(date + " is after the as-of date " + lastDate
                    + " of this historical NIFTY market: data after the as-of date is not reachable");
        }
    }

    private LocalDate clip(LocalDate to) {
        return to.isAfter(lastDate) ? lastDate : to;
    }

    private IndexHistory history(String index) {
        return index.equals(NIFTY) ? chains.history().nifty() : chains.history().vix();
    }

    private static String index(String symbol) {
        String s = Checks.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
        if (!s.equals(NIFTY) && !s.equals(INDIA_VIX)) {
            throw new MarketDataException(
                    "the historical NIFTY market serves " + NIFTY + " and " + INDIA_VIX + " only, not " + symbol);
        }
        return s;
    }

    private static void requireNiftyOptions(String symbol) {
        if (!index(symbol).equals(NIFTY)) {
            throw new MarketDataException(
                    "the historical NIFTY market has options on " + NIFTY + " only, not " + symbol);
        }
    }

    private static Path dataFile(Path directory, String relative) {
        return DataFiles.resolve(directory, relative)
                .orElseThrow(() -> new MarketDataException(
                        "missing " + directory.resolve(relative) + "[" + DataFiles.GZIP_SUFFIX + "]"));
    }
}
