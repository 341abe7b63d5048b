package io.optionsv4.marketdata.reference;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The NSE reference data in one place: the F&amp;O underlyings with industry and sector, lot sizes by contract month,
 * strike steps, the option tick size, the trading calendar and the expiry calendar. Built from the project's own
 * tables (resources of this package, derived from real NSE files; see {@code docs/reference-data.md}).
 *
 * <p>Symbols are NSE trading symbols ({@code NIFTY}, {@code RELIANCE}, {@code INDIA VIX}), matched ignoring case and
 * surrounding blanks. Lookups of an unknown symbol, or of a date or month the tables do not cover, throw {@link
 * ReferenceDataException} naming the symbol and date. Immutable and thread-safe; {@link #standard()} loads once.
 */
public final class ReferenceData {

    /** Tick size of NSE stock and index options, in rupees (index points for index options). */
    public static final double OPTION_TICK_SIZE = 0.05;

    private final Map<String, Underlying> underlyings;
    private final LotSizeTable lots;
    private final Map<String, List<StrikeStep>> strikeSteps;
    private final TradingCalendar calendar;
    private final ExpiryCalendar expiryCalendar;

    ReferenceData(
            Map<String, Underlying> underlyings,
            LotSizeTable lots,
            Map<String, List<StrikeStep>> strikeSteps,
            TradingCalendar calendar,
            ExpiryCalendar expiryCalendar) {
        this.underlyings = Map.copyOf(underlyings);
        this.lots = lots;
        this.strikeSteps = Map.copyOf(strikeSteps);
        this.calendar = calendar;
        this.expiryCalendar = expiryCalendar;
    }

    /** Returns the reference data of this build, read from the resources on first use and shared afterwards. */
    public static ReferenceData standard() {
        return Holder.STANDARD;
    }

    /** Returns every underlying the tables know (past and present F&amp;O underlyings and INDIA VIX), by symbol. */
    public List<Underlying> underlyings() {
        return underlyings.values().stream()
                .sorted(Comparator.comparing(Underlying::symbol))
                .toList();
    }

    /** Returns the underlying with this symbol, or empty when it is unknown. */
    public Optional<Underlying> findUnderlying(String symbol) {
        return Optional.ofNullable(underlyings.get(normalize(symbol)));
    }

    /**
     * Returns the underlying with this symbol.
     *
     * @throws ReferenceDataException naming the symbol when it is unknown
     */
    public Underlying underlying(String symbol) {
        return findUnderlying(symbol)
                .orElseThrow(() -> new ReferenceDataException("unknown underlying symbol '" + symbol + "'"));
    }

    /**
     * Returns the F&amp;O universe on {@code asOf}: the underlyings whose near-month contract has a known lot size,
     * sorted by symbol. Empty for dates the lot tables do not cover.
     */
    public List<Underlying> fnoUniverse(LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        return underlyings().stream()
                .filter(u -> expiryCalendar
                        .nearContractMonth(u, asOf)
                        .flatMap(month -> lots.find(u.symbol(), month))
                        .isPresent())
                .toList();
    }

    /**
     * Returns the lot size in force on {@code asOf}: the lot of the near-month contract (the first monthly expiry on or
     * after {@code asOf}). Contracts of later months may carry another lot; use {@link #lotSizeForContract}.
     *
     * @throws ReferenceDataException naming symbol and date when either is not covered
     */
    public LotSize lotSize(String symbol, LocalDate asOf) {
        Underlying underlying = underlying(symbol);
        Expiry near = expiryCalendar.nearMonthlyExpiry(underlying, Checks.notNull(asOf, "asOf"));
        return lots.find(underlying.symbol(), near.contractMonth())
                .orElseThrow(() -> new ReferenceDataException("no lot size known for " + underlying.symbol()
                        + " as of " + asOf + " (near month " + near.contractMonth() + "); known: "
                        + describe(underlying.symbol())));
    }

    /**
     * Returns the lot of {@code symbol}'s contracts expiring in {@code contractMonth}: a contract keeps the lot of its
     * month even after NSE revises the lot of later months.
     *
     * @throws ReferenceDataException naming symbol and month when either is not covered
     */
    public LotSize lotSizeForContract(String symbol, YearMonth contractMonth) {
        Underlying underlying = underlying(symbol);
        return lots.find(underlying.symbol(), Checks.notNull(contractMonth, "contractMonth"))
                .orElseThrow(() -> new ReferenceDataException("no lot size known for " + underlying.symbol()
                        + " contracts of " + contractMonth + "; known: " + describe(underlying.symbol())));
    }

    /**
     * Returns the latest strike step observed on or before {@code asOf}; its {@code observedOn} says how old it is.
     *
     * @throws ReferenceDataException naming symbol and date when there is no observation by then
     */
    public StrikeStep strikeStep(String symbol, LocalDate asOf) {
        Underlying underlying = underlying(symbol);
        return strikeSteps.getOrDefault(underlying.symbol(), List.of()).stream()
                .filter(step -> !step.observedOn().isAfter(asOf))
                .max(Comparator.comparing(StrikeStep::observedOn))
                .orElseThrow(() -> new ReferenceDataException(
                        "no strike step observed for " + underlying.symbol() + " on or before " + asOf));
    }

    /**
     * Returns the tick size of the symbol's options in rupees ({@value #OPTION_TICK_SIZE}).
     *
     * @throws ReferenceDataException when the symbol is unknown
     */
    public double optionTickSize(String symbol) {
        underlying(symbol);
        return OPTION_TICK_SIZE;
    }

    /**
     * Returns the expiries listed for {@code symbol} on {@code asOf}, earliest first.
     *
     * @throws ReferenceDataException naming symbol and date when no expiry rule covers them
     */
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        return expiryCalendar.expiries(underlying(symbol), asOf);
    }

    /** Returns the NSE trading calendar. */
    public TradingCalendar calendar() {
        return calendar;
    }

    /** Returns the expiry calendar. */
    public ExpiryCalendar expiryCalendar() {
        return expiryCalendar;
    }

    private String describe(String symbol) {
        List<String> ranges = lots.lots(symbol).stream()
                .sorted(Comparator.comparing(LotSize::firstContractMonth))
                .map(l -> l.firstContractMonth() + ".." + l.lastContractMonth())
                .toList();
        return ranges.isEmpty() ? "none" : String.join(", ", ranges);
    }

    private static String normalize(String symbol) {
        return symbol == null ? "" : symbol.strip().toUpperCase(Locale.ROOT);
    }

    private static final class Holder {
        private static final ReferenceData STANDARD = ReferenceDataLoader.load();
    }
}
