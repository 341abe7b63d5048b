package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.ReferenceDataException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated NSE market, the project's default {@link MarketData}: every underlying of the reference universe on
 * any date from {@value YearEndLevels#FIRST_YEAR} to {@value YearEndLevels#LAST_YEAR}, with no files and no account,
 * deterministic for a seed. Model and calibration: {@code docs/simulated-market.md}.
 *
 * <ul>
 *   <li><b>Sessions.</b> NSE's trading calendar where the reference data covers the date, every weekday beyond it (the
 *       exchange's holidays there are unknown). A non-session date is served as the last session on or before it:
 *       quotes and chains carry that session's date.
 *   <li><b>Universe and lots.</b> {@link ReferenceData#fnoUniverse} where the lot tables cover the near month, else the
 *       universe and lots of the nearest covered month (see {@code SimulatedUniverse}); expiries by the reference
 *       {@code ExpiryCalendar}, else by the same NSE rules coded as a fallback.
 *   <li><b>Prices.</b> NIFTY with stochastic (log-OU) volatility, leverage and jumps; each stock loads on NIFTY through
 *       its beta, on its sector's factor and on its own stochastic-vol jump-diffusion. Paths pass through the real
 *       year-end closes of {@code sim_anchors.csv} (NIFTY 2007-2025, stocks end-2019 and end-2025).
 *   <li><b>Options.</b> SSVI smiles with per-symbol skew fitted to real chains on an ATM term structure from the
 *       current variance; prices, IV and Greeks with the replay's conventions ({@code ChainSimulator}).
 *   <li><b>India VIX</b> is NIFTY's 30-day ATM IV in points with its own noise.
 * </ul>
 *
 * <p>Determinism: every random number is a pure function of (seed, symbol or sector, date, purpose), so the same seed
 * and date give identical answers whatever was asked before. Unknown symbols, unlisted expiries and years outside the
 * range throw {@link MarketDataException}. Year paths and chains are kept in bounded caches. Thread-safe.
 */
public final class SimulatedMarketData implements MarketData {

    /** The seed of the default simulated market. */
    public static final long DEFAULT_SEED = 20_200_101L;

    /** Symbol of the NIFTY 50 index. */
    public static final String NIFTY = SymbolProfiles.NIFTY;

    /** Symbol of India VIX. */
    public static final String INDIA_VIX = "INDIA VIX";

    private static final int PATH_CACHE = 4096;
    private static final int CHAIN_CACHE = 2048;

    private final long seed;
    private final ReferenceData reference;
    private final SessionCalendar calendar;
    private final SymbolProfiles profiles;
    private final PathSimulator paths;
    private final SimulatedUniverse universe;
    private final SimulatedExpiries expiryRules;
    private final IndiaVixSimulator vix;
    private final RandomStream root;
    private final BoundedCache<String, YearPath> yearPaths = new BoundedCache<>(PATH_CACHE);
    private final BoundedCache<String, OptionChain> chains = new BoundedCache<>(CHAIN_CACHE);
    private final BoundedCache<LocalDate, List<Underlying>> universes = new BoundedCache<>(256);

    /** Creates the simulated market of {@code seed} over {@link ReferenceData#standard()}. */
    public SimulatedMarketData(long seed) {
        this(seed, ReferenceData.standard());
    }

    /**
     * Creates the simulated market of {@code seed}.
     *
     * @param seed the seed; equal seeds give equal markets
     * @param reference the universe, lots, strike steps, calendars
     * @throws IllegalArgumentException when {@code reference} is null
     */
    public SimulatedMarketData(long seed, ReferenceData reference) {
        this.seed = seed;
        this.reference = Checks.notNull(reference, "reference");
        this.root = RandomStream.of(seed);
        this.calendar = new SessionCalendar(reference.calendar());
        SimTables tables = SimTables.load();
        this.profiles = new SymbolProfiles(reference, tables);
        YearEndLevels levels = new YearEndLevels(root, tables.anchors(), profiles.market());
        this.paths = new PathSimulator(root, calendar, levels);
        this.universe = new SimulatedUniverse(reference);
        this.expiryRules = new SimulatedExpiries(reference, calendar);
        this.vix = new IndiaVixSimulator(root, calendar, d -> surface(profiles.market(), d));
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns the continuously compounded annual rate the chains discount at (decimal, the replay's default). */
    public double rate() {
        return Calibration.RATE;
    }

    /**
     * Returns the session the market serves for {@code date}: the date itself when it is a session, else the last
     * session before it.
     */
    public LocalDate session(LocalDate date) {
        return calendar.sessionOnOrBefore(checkRange(Checks.notNull(date, "date")));
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        return listed(session(asOf)).stream().map(Underlying::symbol).sorted().toList();
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        String s = normalize(symbol);
        LocalDate session = session(asOf);
        Candle candle = candle(s, session);
        Candle previous = candle(s, calendar.previousSession(session));
        return new Quote(s, session, TimeToExpiry.expiryInstant(session), candle.close(), candle, previous.close());
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        String s = normalize(symbol);
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        // a year of history before the first served session
        LocalDate first = max(from, LocalDate.of(YearEndLevels.FIRST_YEAR - 1, 1, 1));
        LocalDate last = min(to, LocalDate.of(YearEndLevels.LAST_YEAR, 12, 31));
        List<Candle> candles = new ArrayList<>();
        if (s.equals(INDIA_VIX)) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (calendar.isSession(d)) {
                    candles.add(vix.candle(d));
                }
            }
            return List.copyOf(candles);
        }
        SymbolProfile profile = profile(s);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            for (Candle c : path(profile, year).candles()) {
                if (!c.date().isBefore(first) && !c.date().isAfter(last)) {
                    candles.add(c);
                }
            }
        }
        return List.copyOf(candles);
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        LocalDate session = session(asOf);
        try {
            return expiryRules.on(listedUnderlying(normalize(symbol), session), session);
        } catch (ReferenceDataException e) {
            throw new MarketDataException("no simulated expiries of " + symbol + " on " + session, e);
        }
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        String s = normalize(symbol);
        Checks.notNull(expiry, "expiry");
        LocalDate session = session(asOf);
        try {
            return chains.get(s + "|" + expiry + "|" + session, k -> buildChain(s, expiry, session));
        } catch (ReferenceDataException e) {
            throw new MarketDataException("no simulated " + s + " chain of " + expiry + " on " + session, e);
        }
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        return vix.close(session(asOf));
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        return dailyCandles(INDIA_VIX, from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        return dailyCandles(NIFTY, from, to);
    }

    /** The profile of a known underlying. */
    SymbolProfile profile(String symbol) {
        return profiles.find(symbol)
                .filter(p -> !p.symbol().equals(INDIA_VIX))
                .orElseThrow(() -> new MarketDataException("the simulated market does not know symbol " + symbol));
    }

    /** The candle of {@code symbol} on {@code session} (a session). */
    Candle candle(String symbol, LocalDate session) {
        if (symbol.equals(INDIA_VIX)) {
            return vix.candle(session);
        }
        YearPath path = path(profile(symbol), session.getYear());
        return path.candles().get(indexIn(path, session, symbol));
    }

    /** The vol surface of {@code profile} at the close of {@code session}. */
    SmileSurface surface(SymbolProfile profile, LocalDate session) {
        YearPath path = path(profile, session.getYear());
        double variance = path.variance(indexIn(path, session, profile.symbol()));
        double marketJumps = SymbolProfiles.marketVariance() - Calibration.MARKET_VOL * Calibration.MARKET_VOL;
        double jumps = profile.beta() * profile.beta() * marketJumps
                + (profile.index() ? 0 : SymbolProfiles.idioJumpVariance());
        double longRun = profile.longRunVol() * profile.longRunVol();
        return new SmileSurface(
                variance + jumps, longRun, profile.volPremium(), profile.smileRho(), profile.smileEta());
    }

    /** The random stream of {@code symbol}'s intraday path on {@code session}. */
    RandomStream intradayStream(String symbol, LocalDate session) {
        return root.child(symbol).child("intraday").child(session);
    }

    /** The session calendar. */
    SessionCalendar calendar() {
        return calendar;
    }

    /** The option tick size of {@code symbol}. */
    double optionTick(String symbol) {
        return reference.optionTickSize(symbol);
    }

    private YearPath path(SymbolProfile profile, int year) {
        if (year < YearEndLevels.FIRST_YEAR - 1 || year > YearEndLevels.LAST_YEAR) {
            throw new MarketDataException("the simulated market serves " + YearEndLevels.FIRST_YEAR + " to "
                    + YearEndLevels.LAST_YEAR + ", not " + year + " (" + profile.symbol() + ")");
        }
        return yearPaths.get(
                profile.symbol() + "|" + year,
                k -> profile.market()
                        ? paths.market(profile, year)
                        : paths.stock(profile, path(profiles.market(), year), year));
    }

    private static int indexIn(YearPath path, LocalDate session, String symbol) {
        int i = path.indexOf(session);
        if (i < 0) {
            throw new IllegalStateException(session + " is not a simulated session of " + symbol);
        }
        return i;
    }

    private OptionChain buildChain(String symbol, LocalDate expiry, LocalDate session) {
        Underlying underlying = listedUnderlying(symbol, session);
        List<Expiry> listed = expiryRules.on(underlying, session);
        int rank = listed.stream().map(Expiry::date).toList().indexOf(expiry);
        if (rank < 0) {
            throw new MarketDataException("no " + symbol + " options expiring " + expiry + " on " + session
                    + " in the simulated market; expiries: "
                    + listed.stream().map(Expiry::date).toList());
        }
        YearMonth nearMonth = listed.stream()
                .filter(e -> e.kind() == ExpiryKind.MONTHLY)
                .findFirst()
                .map(Expiry::contractMonth)
                .orElse(YearMonth.from(expiry));
        LotSize lot = universe.lot(symbol, YearMonth.from(expiry), nearMonth);
        SymbolProfile profile = profile(symbol);
        LocalDate previousSession = calendar.previousSession(session);
        double spot = candle(symbol, session).close();
        double step = universe.strikeStep(symbol, session, spot);
        var context = new OptionActivity.Context(
                profile,
                expiry,
                rank,
                step,
                lot.unitsPerLot(),
                root.child(symbol).child("options"));
        var inputs = new ChainSimulator.Inputs(
                context,
                session,
                previousSession,
                spot,
                candle(symbol, previousSession).close(),
                surface(profile, session),
                lot,
                optionTick(symbol));
        return ChainSimulator.build(inputs);
    }

    private List<Underlying> listed(LocalDate session) {
        return universes.get(session, universe::on);
    }

    private Underlying listedUnderlying(String symbol, LocalDate session) {
        return listed(session).stream()
                .filter(u -> u.symbol().equals(symbol))
                .findFirst()
                .orElseThrow(() ->
                        new MarketDataException(symbol + " has no options in the simulated market on " + session));
    }

    private static LocalDate checkRange(LocalDate date) {
        if (date.getYear() < YearEndLevels.FIRST_YEAR || date.getYear() > YearEndLevels.LAST_YEAR) {
            throw new MarketDataException("the simulated market serves " + YearEndLevels.FIRST_YEAR + " to "
                    + YearEndLevels.LAST_YEAR + ", not " + date);
        }
        return date;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String normalize(String symbol) {
        return Checks.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
    }
}
