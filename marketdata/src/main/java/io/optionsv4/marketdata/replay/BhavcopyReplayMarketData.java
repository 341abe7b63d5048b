package io.optionsv4.marketdata.replay;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.ReferenceDataException;
import io.optionsv4.marketdata.replay.IndexHistoryLoader.IndexHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link MarketData} replayed from a directory of real NSE end-of-day files: F&amp;O bhavcopies (old {@code
 * foDDMMMYYYYbhav.csv} and UDiFF {@code BhavCopy_NSE_FO_0_0_0_YYYYMMDD_F_0000.csv}), cash bhavcopies ({@code
 * cmDDMMMYYYYbhav.csv}, {@code sec_bhavdata_full_DDMMYYYY.csv}) and the index histories {@code nifty50.csv} and
 * {@code indiavix.csv}. The directory is scanned recursively once, files are indexed by the date in their names (see
 * {@link NseFileKind}), and each file is parsed on first use and cached; the formats are documented on {@link
 * FoBhavcopyLoader}, {@link CashBhavcopyLoader} and {@link IndexHistoryLoader}.
 *
 * <p>What is served: the quote of a stock is its EQ-series cash bhavcopy row; of {@value #NIFTY} and {@value
 * #INDIA_VIX} the day's row of the index history (rounded to 2 decimals). Candles come from the cash bhavcopies for
 * stocks and from the histories for the two indices. The chain of an expiry is built by {@link ChainBuilder}: a
 * synthetic forward from put–call parity on traded strikes, discounted at the constructor's rate, then Black-76 IV and
 * Greeks of each traded option's settlement price; untraded options are marked so. The chain's spot is the quote's
 * close where there is one, else the F&amp;O file's underlying price (UDiFF), else absent. Design notes:
 * {@code docs/market-data-replay.md}.
 *
 * <p>A day, file or symbol that is not there throws {@link MarketDataException} naming it; a file that is not
 * trustworthy fails when loaded; skipped malformed rows are available from {@link #warnings(LocalDate)}. Thread-safe.
 */
public final class BhavcopyReplayMarketData implements MarketData {

    /**
     * The default discount rate, 6.5 % continuously compounded: a round figure inside the range of Indian money-market
     * rates over the years the files cover (the 91-day T-bill was about 5.1 % in January 2020); see
     * {@code docs/market-data-replay.md} for why the choice barely moves the IVs.
     */
    public static final double DEFAULT_RATE = 0.065;

    /** Symbol of the NIFTY 50 index, served from {@code nifty50.csv}. */
    public static final String NIFTY = "NIFTY";

    /** Symbol of India VIX, served from {@code indiavix.csv}. */
    public static final String INDIA_VIX = "INDIA VIX";

    private final NseFileIndex files;
    private final double rate;
    private final ReferenceData reference;
    private final Map<LocalDate, FoDay> foDays = new ConcurrentHashMap<>();
    private final Map<LocalDate, CashDay> cashDays = new ConcurrentHashMap<>();
    private final Map<String, IndexHistory> histories = new ConcurrentHashMap<>();
    private final Map<String, OptionChain> chains = new ConcurrentHashMap<>();
    private final Map<LocalDate, Boolean> verifiedFo = new ConcurrentHashMap<>();
    private final Map<LocalDate, Boolean> verifiedCash = new ConcurrentHashMap<>();
    private final QualityLedger ledger;

    /**
     * Creates the replay of {@code directory} at {@link #DEFAULT_RATE} with {@link ReferenceData#standard()}.
     *
     * @throws MarketDataException when the directory cannot be scanned
     */
    public BhavcopyReplayMarketData(Path directory) {
        this(directory, DEFAULT_RATE, ReferenceData.standard());
    }

    /**
     * Creates the replay of {@code directory}.
     *
     * @param directory the directory holding the NSE files, in any sub-directories
     * @param rate continuously compounded annual rate for discounting (decimal, e.g. 0.065), finite
     * @param reference reference data for the lot sizes the old F&amp;O format does not carry
     * @throws MarketDataException when the directory cannot be scanned
     */
    public BhavcopyReplayMarketData(Path directory, double rate, ReferenceData reference) {
        this(directory, rate, reference, DataQualityPolicy.DEFAULT);
    }

    /**
     * Creates the replay of {@code directory} refusing files by {@code policy}.
     *
     * @param directory the directory holding the NSE files, in any sub-directories
     * @param rate continuously compounded annual rate for discounting (decimal, e.g. 0.065), finite
     * @param reference reference data for the lot sizes the old F&amp;O format does not carry
     * @param policy when a file is refused rather than read with rows left out
     * @throws MarketDataException when the directory cannot be scanned
     */
    public BhavcopyReplayMarketData(Path directory, double rate, ReferenceData reference, DataQualityPolicy policy) {
        this.files = NseFileIndex.scan(Checks.notNull(directory, "directory"));
        this.rate = Checks.finite(rate, "rate");
        this.reference = Checks.notNull(reference, "reference");
        this.ledger = new QualityLedger(Checks.notNull(policy, "policy"));
    }

    /** Returns the data-quality report of every file read so far: counts by reason and the first rejected rows. */
    public DataQualityReport qualityReport() {
        return ledger.report();
    }

    /** Returns the discount rate (continuously compounded, annual decimal). */
    public double rate() {
        return rate;
    }

    /** Returns the dates that have an F&amp;O bhavcopy, oldest first. */
    public List<LocalDate> optionDates() {
        return files.foDates();
    }

    /**
     * Returns the malformed rows skipped in the F&amp;O and cash bhavcopies of {@code date} (loading them if needed).
     *
     * @throws MarketDataException when a file of that date cannot be trusted
     */
    public List<RowWarning> warnings(LocalDate date) {
        List<RowWarning> warnings = new ArrayList<>();
        files.foFile(date).ifPresent(f -> warnings.addAll(foDay(date).warnings()));
        files.cashFile(date).ifPresent(f -> warnings.addAll(cashDay(date).warnings()));
        return List.copyOf(warnings);
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        return foDay(asOf).options().keySet().stream().sorted().toList();
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        String s = normalize(symbol);
        Checks.notNull(asOf, "asOf");
        return switch (s) {
            case NIFTY, INDIA_VIX -> indexQuote(s, asOf);
            default -> {
                CashDay day = cashDay(asOf);
                Quote quote = day.quotes().get(s);
                if (quote == null && day.rejected().containsKey(s)) {
                    throw new MarketDataException("the EQ row of " + s + " on " + asOf + " is invalid: "
                            + day.rejected().get(s));
                }
                if (quote == null) {
                    throw new MarketDataException("no EQ row for " + s + " on " + asOf + " in " + day.file());
                }
                yield quote;
            }
        };
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        String s = normalize(symbol);
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (s.equals(NIFTY) || s.equals(INDIA_VIX)) {
            history(s).requireNoRejectedRow(from, to);
            return range(history(s), from, to);
        }
        List<LocalDate> dates = files.cashDates(from, to);
        List<Candle> candles = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            Optional.ofNullable(cashDay(date).quotes().get(s)).ifPresent(q -> candles.add(q.session()));
        }
        if (candles.isEmpty() && !dates.isEmpty()) {
            throw new MarketDataException("no EQ history for " + s + " in the " + dates.size()
                    + " cash bhavcopies from " + from + " to " + to + " under " + files.root());
        }
        return List.copyOf(candles);
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        List<LocalDate> dates = optionRows(normalize(symbol), asOf).stream()
                .map(OptionRow::expiry)
                .distinct()
                .sorted()
                .toList();
        List<Expiry> expiries = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            boolean lastOfMonth =
                    i + 1 == dates.size() || !YearMonth.from(dates.get(i + 1)).equals(YearMonth.from(dates.get(i)));
            expiries.add(new Expiry(dates.get(i), lastOfMonth ? ExpiryKind.MONTHLY : ExpiryKind.WEEKLY, true));
        }
        return List.copyOf(expiries);
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        String s = normalize(symbol);
        Checks.notNull(expiry, "expiry");
        return chains.computeIfAbsent(s + "|" + expiry + "|" + asOf, k -> buildChain(s, expiry, asOf));
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        return indexCandle(INDIA_VIX, Checks.notNull(asOf, "asOf")).close();
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        return dailyCandles(INDIA_VIX, from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        return dailyCandles(NIFTY, from, to);
    }

    /** The instant an end-of-day figure of {@code date} is valid at: the 15:30 IST close. */
    static Instant closeOf(LocalDate date) {
        return TimeToExpiry.expiryInstant(date);
    }

    private OptionChain buildChain(String symbol, LocalDate expiry, LocalDate asOf) {
        List<OptionRow> rows = optionRows(symbol, asOf).stream()
                .filter(r -> r.expiry().equals(expiry))
                .toList();
        if (rows.isEmpty()) {
            throw new MarketDataException("no " + symbol + " options expiring " + expiry + " on " + asOf + " in "
                    + foDay(asOf).file() + "; expiries: "
                    + expiries(symbol, asOf).stream().map(Expiry::date).toList());
        }
        var inputs = new ChainBuilder.Inputs(
                symbol,
                expiry,
                asOf,
                spot(symbol, asOf, rows),
                rate,
                foDay(asOf).futurePrice(symbol, expiry),
                lot(symbol, expiry));
        return ChainBuilder.build(inputs, rows);
    }

    private List<OptionRow> optionRows(String symbol, LocalDate asOf) {
        FoDay day = foDay(asOf);
        List<OptionRow> rows = day.options().get(symbol);
        if (rows == null) {
            throw new MarketDataException("no " + symbol + " options on " + asOf + " in " + day.file());
        }
        return rows;
    }

    private OptionalDouble spot(String symbol, LocalDate asOf, List<OptionRow> rows) {
        boolean hasQuote = symbol.equals(NIFTY)
                ? files.niftyHistory().isPresent() && history(NIFTY).candles().containsKey(asOf)
                : files.cashFile(asOf).isPresent() && cashDay(asOf).quotes().containsKey(symbol);
        if (hasQuote) {
            return OptionalDouble.of(quote(symbol, asOf).close());
        }
        double underlying = rows.get(0).underlyingPrice();
        return underlying > 0 ? OptionalDouble.of(underlying) : OptionalDouble.empty();
    }

    private Optional<LotSize> lot(String symbol, LocalDate expiry) {
        try {
            return Optional.of(reference.lotSizeForContract(symbol, YearMonth.from(expiry)));
        } catch (ReferenceDataException e) {
            return Optional.empty();
        }
    }

    private Quote indexQuote(String symbol, LocalDate asOf) {
        IndexHistory history = history(symbol);
        Candle candle = indexCandle(symbol, asOf);
        Map.Entry<LocalDate, Candle> previous = history.candles().lowerEntry(asOf);
        if (previous == null) {
            throw new MarketDataException(
                    symbol + " has no session before " + asOf + " in " + history.file() + " for the previous close");
        }
        return new Quote(
                symbol,
                asOf,
                closeOf(asOf),
                candle.close(),
                candle,
                previous.getValue().close());
    }

    private Candle indexCandle(String symbol, LocalDate asOf) {
        IndexHistory history = history(symbol);
        history.requireNoRejectedRow(asOf, asOf);
        Candle candle = history.candles().get(asOf);
        if (candle == null) {
            throw new MarketDataException(symbol + " has no value for " + asOf + " in " + history.file());
        }
        return candle;
    }

    private static List<Candle> range(IndexHistory history, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, Candle> candles = history.candles();
        return from.isAfter(to)
                ? List.of()
                : List.copyOf(candles.subMap(from, true, to, true).values());
    }

    private FoDay foDay(LocalDate date) {
        FoDay day = loadFoDay(Checks.notNull(date, "date"));
        if (verifiedFo.putIfAbsent(date, Boolean.TRUE) == null) {
            files.previousFoDate(date).ifPresent(p -> {
                FoDay previous = loadFoDay(p);
                ledger.requireNoDrop(
                        day.file(),
                        day.options().size(),
                        previous.file(),
                        previous.options().size(),
                        "underlyings with options");
            });
        }
        return day;
    }

    private CashDay cashDay(LocalDate date) {
        CashDay day = loadCashDay(date);
        if (verifiedCash.putIfAbsent(date, Boolean.TRUE) == null) {
            files.previousCashDate(date).ifPresent(p -> {
                CashDay previous = loadCashDay(p);
                ledger.requireNoDrop(
                        day.file(),
                        day.quotes().size(),
                        previous.file(),
                        previous.quotes().size(),
                        "EQ rows");
            });
        }
        return day;
    }

    private FoDay loadFoDay(LocalDate date) {
        return foDays.computeIfAbsent(date, d -> {
            Path file = files.foFile(d)
                    .orElseThrow(() -> new MarketDataException("no F&O bhavcopy for " + d + " under " + files.root()
                            + "; F&O files cover " + files.foDates()));
            FoDay day = FoBhavcopyLoader.load(file, kindOf(file), d, ledger.policy());
            ledger.read(file, day.warnings());
            return day;
        });
    }

    private CashDay loadCashDay(LocalDate date) {
        return cashDays.computeIfAbsent(date, d -> {
            Path file = files.cashFile(d)
                    .orElseThrow(() -> new MarketDataException("no cash bhavcopy for " + d + " under " + files.root()));
            CashDay day = CashBhavcopyLoader.load(file, kindOf(file), d, ledger.policy());
            ledger.read(file, day.warnings());
            return day;
        });
    }

    private IndexHistory history(String symbol) {
        return histories.computeIfAbsent(symbol, s -> {
            Optional<Path> file = s.equals(NIFTY) ? files.niftyHistory() : files.vixHistory();
            String name = s.equals(NIFTY) ? "nifty50.csv" : "indiavix.csv";
            IndexHistory history = IndexHistoryLoader.load(
                    file.orElseThrow(() -> new MarketDataException(
                            "no " + name + " under " + files.root() + " for the " + s + " history")),
                    s,
                    ledger.policy());
            ledger.read(history.file(), history.warnings());
            return history;
        });
    }

    private static NseFileKind kindOf(Path file) {
        return NseFileKind.of(file.getFileName().toString()).orElseThrow();
    }

    private static String normalize(String symbol) {
        return Checks.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
    }
}
