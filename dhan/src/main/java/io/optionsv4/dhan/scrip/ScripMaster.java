package io.optionsv4.dhan.scrip;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable index of Dhan's security master ("scrip master"): NSE indices and EQ-series stocks by symbol, and NSE
 * index and stock options by (underlying, expiry, strike, right), each to its Dhan {@link SecurityId} and back.
 *
 * <p><b>Format.</b> Dhan publishes two CSVs, regenerated daily: the compact {@code api-scrip-master.csv} and the
 * detailed {@code api-scrip-master-detailed.csv}. Both have a header row; the layout is recognised by its security-id
 * column ({@code SEM_SMST_SECURITY_ID} or {@code SECURITY_ID}) and every column is found by name, so column order and
 * extra columns do not matter. Fields may be quoted. Example (compact):
 *
 * <pre>
 * SEM_EXM_EXCH_ID,SEM_SEGMENT,SEM_SMST_SECURITY_ID,SEM_INSTRUMENT_NAME,SEM_EXPIRY_CODE,SEM_TRADING_SYMBOL,...
 * NSE,I,13,INDEX,0,NIFTY,1,Nifty 50,0001-01-01,,XX,0.05,,INDEX,X,NIFTY
 * NSE,D,58805,OPTIDX,0,NIFTY-Jan2026-26100-CE,65,NIFTY 27 JAN 26100 CALL,2026-01-27 14:30:00,26100.00000,CE,5,M,OP,,
 * </pre>
 *
 * <p>Rows used: exchange {@code NSE} with segment {@code I} and instrument {@code INDEX} (indices, segment
 * {@code IDX_I}), segment {@code E}, instrument {@code EQUITY}, series {@code EQ} (stocks, {@code NSE_EQ}), and segment
 * {@code D} with instrument {@code OPTIDX}/{@code OPTSTK} (options, {@code NSE_FNO}). Every other row (BSE, MCX,
 * futures, other series) is skipped without a warning. An option's underlying is the detailed file's
 * {@code UNDERLYING_SYMBOL}, or the part of the compact trading symbol before {@code -<Mon><YYYY>-} (so
 * {@code BAJAJ-AUTO-Jan2026-9000-CE} belongs to {@code BAJAJ-AUTO}); its expiry the date part of
 * {@code SEM_EXPIRY_DATE}/{@code SM_EXPIRY_DATE} ({@code 2026-01-27 14:30:00} or {@code 2026-01-27}); its kind the
 * expiry flag ({@code W} weekly, {@code M} monthly; without a flag, the underlying's last expiry of the month is
 * monthly); the lot {@code SEM_LOT_UNITS}/{@code LOT_SIZE} ({@code 65} or {@code 65.0}). The underlying of an index
 * option is the index row of the same symbol ({@code NIFTY} = {@code IDX_I:13}), never the detailed file's
 * {@code UNDERLYING_SECURITY_ID} (26000 for NIFTY), which the option-chain API does not accept.
 *
 * <p><b>Bad input.</b> A wrong header (not a scrip master, a required column missing), an impossible value (strike or
 * lot not positive, a non-integral lot, a security id below 1) or an ambiguity (a security id, a symbol or a contract
 * listed twice) fails the load with a {@link MarketDataException} naming the file and line. A malformed row (too few
 * fields, an unreadable number or date, an unknown option type, an option without expiry) is skipped and reported as a
 * {@link ScripWarning} with file and line. Immutable and thread-safe.
 */
public final class ScripMaster {

    /** Lookup key of an option: strikes are compared in paise so that 26100.0 and 26100.00000 are one strike. */
    record ContractKey(String underlying, LocalDate expiry, long strikePaise, Right right) {

        static ContractKey of(String underlying, LocalDate expiry, double strike, Right right) {
            return new ContractKey(normalize(underlying), expiry, Math.round(strike * 100), right);
        }

        static ContractKey of(ScripContract c) {
            return of(c.underlying(), c.expiry(), c.strike(), c.right());
        }
    }

    private static final Comparator<ScripContract> BY_STRIKE_THEN_RIGHT =
            Comparator.comparingDouble(ScripContract::strike).thenComparing(ScripContract::right);

    private final Map<String, ScripUnderlying> underlyingsBySymbol = new HashMap<>();
    private final Map<SecurityId, ScripUnderlying> underlyingsById = new HashMap<>();
    private final Map<SecurityId, ScripContract> contractsById = new HashMap<>();
    private final Map<ContractKey, ScripContract> contractsByKey = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, List<ScripContract>>> chains = new HashMap<>();

    ScripMaster(Collection<ScripUnderlying> underlyings, Collection<ScripContract> contracts) {
        for (ScripUnderlying u : underlyings) {
            Checks.argument(
                    underlyingsBySymbol.put(normalize(u.symbol()), u) == null, "duplicate symbol " + u.symbol());
            Checks.argument(underlyingsById.put(u.securityId(), u) == null, "duplicate id " + u.securityId());
        }
        Map<String, TreeMap<LocalDate, List<ScripContract>>> grouped = new HashMap<>();
        for (ScripContract c : contracts) {
            Checks.argument(contractsById.put(c.securityId(), c) == null, "duplicate id " + c.securityId());
            Checks.argument(contractsByKey.put(ContractKey.of(c), c) == null, "duplicate " + c.tradingSymbol());
            grouped.computeIfAbsent(normalize(c.underlying()), k -> new TreeMap<>())
                    .computeIfAbsent(c.expiry(), k -> new ArrayList<>())
                    .add(c);
        }
        grouped.forEach((symbol, byExpiry) -> {
            TreeMap<LocalDate, List<ScripContract>> sorted = new TreeMap<>();
            byExpiry.forEach((expiry, list) -> sorted.put(
                    expiry, list.stream().sorted(BY_STRIKE_THEN_RIGHT).toList()));
            chains.put(symbol, java.util.Collections.unmodifiableNavigableMap(sorted));
        });
    }

    /**
     * Returns an index of the given underlyings and contracts (for tests and programmatic use).
     *
     * @throws IllegalArgumentException when a symbol, security id or contract appears twice
     */
    public static ScripMaster of(Collection<ScripUnderlying> underlyings, Collection<ScripContract> contracts) {
        return new ScripMaster(Checks.notNull(underlyings, "underlyings"), Checks.notNull(contracts, "contracts"));
    }

    /**
     * Loads a compact or detailed scrip-master file (UTF-8), streaming it row by row.
     *
     * @throws MarketDataException naming the file when it cannot be read, and the file and line for a wrong header,
     *     an impossible value or an ambiguous row
     */
    public static ScripMasterLoad load(Path file) {
        Checks.notNull(file, "file");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ScripMasterParser.parse(reader, file.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new MarketDataException("cannot read scrip master " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a compact or detailed scrip master from {@code reader}; {@code sourceName} names it in errors and
     * warnings. The reader is read to its end but not closed.
     *
     * @throws MarketDataException as {@link #load(Path)}
     */
    public static ScripMasterLoad parse(Reader reader, String sourceName) {
        Checks.notNull(reader, "reader");
        Checks.notBlank(sourceName, "sourceName");
        try {
            BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            return ScripMasterParser.parse(buffered, sourceName);
        } catch (IOException e) {
            throw new MarketDataException("cannot read scrip master " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /** Returns the index or stock with NSE symbol {@code symbol} (case-insensitive), if listed. */
    public Optional<ScripUnderlying> underlying(String symbol) {
        return Optional.ofNullable(underlyingsBySymbol.get(normalize(symbol)));
    }

    /** Returns the index or stock with Dhan id {@code id}, if listed. */
    public Optional<ScripUnderlying> underlying(SecurityId id) {
        return Optional.ofNullable(underlyingsById.get(Checks.notNull(id, "id")));
    }

    /** Returns every listed index and stock, by symbol. */
    public List<ScripUnderlying> underlyings() {
        return underlyingsBySymbol.values().stream()
                .sorted(Comparator.comparing(ScripUnderlying::symbol))
                .toList();
    }

    /** Returns the option contract with Dhan id {@code id}, if listed. */
    public Optional<ScripContract> contract(SecurityId id) {
        return Optional.ofNullable(contractsById.get(Checks.notNull(id, "id")));
    }

    /**
     * Returns the option of {@code underlying} (case-insensitive) expiring on {@code expiry} at {@code strike} (rupees,
     * compared to the paisa) of {@code right}, if listed.
     */
    public Optional<ScripContract> option(String underlying, LocalDate expiry, double strike, Right right) {
        Checks.notNull(expiry, "expiry");
        Checks.notNull(right, "right");
        return Optional.ofNullable(contractsByKey.get(ContractKey.of(underlying, expiry, strike, right)));
    }

    /** Returns the expiries of {@code underlying}'s listed options, earliest first; empty when it has none. */
    public List<LocalDate> expiries(String underlying) {
        return List.copyOf(
                chains.getOrDefault(normalize(underlying), new TreeMap<>()).keySet());
    }

    /** Returns the options of {@code underlying} expiring on {@code expiry}, by strike then call before put. */
    public List<ScripContract> options(String underlying, LocalDate expiry) {
        Checks.notNull(expiry, "expiry");
        return chains.getOrDefault(normalize(underlying), new TreeMap<>()).getOrDefault(expiry, List.of());
    }

    /** Returns the underlyings with at least one option expiring on or after {@code asOf}, sorted. */
    public List<String> optionUnderlyings(LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        return chains.entrySet().stream()
                .filter(e -> e.getValue().ceilingKey(asOf) != null)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Returns the number of option contracts indexed. */
    public int contractCount() {
        return contractsById.size();
    }

    private static String normalize(String symbol) {
        return Checks.notBlank(symbol, "symbol").strip().toUpperCase(Locale.ROOT);
    }
}
