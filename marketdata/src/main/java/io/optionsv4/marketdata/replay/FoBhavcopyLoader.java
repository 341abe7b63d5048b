package io.optionsv4.marketdata.replay;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.SafeText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one day's NSE F&amp;O bhavcopy in either form and keeps its option rows and the settlement prices of its
 * traded futures.
 *
 * <p><b>Old form</b> {@code foDDMMMYYYYbhav.csv} (until July 2024): every line ends with a comma; OPTION_TYP is CE/PE
 * for options and XX for futures; CONTRACTS is the number of contracts traded, OPEN_INT and CHG_IN_OI are in units;
 * untraded contracts have OPEN = HIGH = LOW = 0 and CONTRACTS = 0 but a CLOSE and SETTLE_PR.
 *
 * <pre>
 * INSTRUMENT,SYMBOL,EXPIRY_DT,STRIKE_PR,OPTION_TYP,OPEN,HIGH,LOW,CLOSE,SETTLE_PR,CONTRACTS,VAL_INLAKH,OPEN_INT,
 *   CHG_IN_OI,TIMESTAMP,
 * OPTIDX,NIFTY,30-Jan-2020,12200,CE,178.7,183.65,159.5,165,165,17676,163969.76,1639500,30150,01-JAN-2020,
 * (the header is one line in the file)
 * </pre>
 *
 * <p><b>UDiFF form</b> {@code BhavCopy_NSE_FO_0_0_0_YYYYMMDD_F_0000.csv} (since July 2024): ISO dates; FinInstrmTp IDO
 * / STO (index / stock option), IDF / STF (futures); TtlTradgVol is contracts traded, OpnIntrst units, NewBrdLotQty the
 * lot size and UndrlygPric the underlying's price.
 *
 * <pre>
 * TradDt,BizDt,Sgmt,Src,FinInstrmTp,FinInstrmId,ISIN,TckrSymb,SctySrs,XpryDt,FininstrmActlXpryDt,StrkPric,OptnTp,...
 * 2026-01-01,2026-01-01,FO,NSE,STO,68530,,360ONE,,2026-02-24,2026-02-24,1160.00,CE,360ONE26FEB1160CE,0.00,...
 * </pre>
 *
 * <p>A row of another trade date, a negative price or open interest, an expiry before the trade date or a contract
 * listed twice fails the file; an unparsable row or an unknown instrument is rejected with a {@link RowWarning} (line,
 * reason, field) that the run's {@link DataQualityReport} shows.
 */
final class FoBhavcopyLoader {

    private static final List<String> OLD_COLUMNS = List.of(
            "INSTRUMENT",
            "SYMBOL",
            "EXPIRY_DT",
            "STRIKE_PR",
            "OPTION_TYP",
            "CLOSE",
            "SETTLE_PR",
            "CONTRACTS",
            "OPEN_INT",
            "CHG_IN_OI",
            "TIMESTAMP");
    private static final List<String> UDIFF_COLUMNS = List.of(
            "TradDt",
            "FinInstrmTp",
            "TckrSymb",
            "XpryDt",
            "StrkPric",
            "OptnTp",
            "ClsPric",
            "LastPric",
            "UndrlygPric",
            "SttlmPric",
            "OpnIntrst",
            "ChngInOpnIntrst",
            "TtlTradgVol",
            "NewBrdLotQty");
    private static final Set<String> OLD_FUTURES = Set.of("FUTIDX", "FUTSTK");
    private static final Set<String> OLD_OPTIONS = Set.of("OPTIDX", "OPTSTK");
    private static final Set<String> UDIFF_FUTURES = Set.of("IDF", "STF");
    private static final Set<String> UDIFF_OPTIONS = Set.of("IDO", "STO");

    private FoBhavcopyLoader() {}

    /**
     * Loads {@code file}, whose name says its kind and trade date.
     *
     * @throws io.optionsv4.core.market.MarketDataException naming the file when it is not an F&amp;O bhavcopy, its
     *     header is wrong, a value is impossible, a contract is listed twice or too many rows are malformed
     */
    static FoDay load(Path file, NseFileKind kind, LocalDate date, DataQualityPolicy policy) {
        CsvTable.Parsed<FoRow> parsed = switch (kind) {
            case FO_OLD ->
                CsvTable.parse(
                        file, new CsvTable.Spec("F&O bhavcopy", OLD_COLUMNS, "SYMBOL"), policy, f -> oldRow(f, date));
            case FO_UDIFF ->
                CsvTable.parse(
                        file,
                        new CsvTable.Spec("UDiFF F&O bhavcopy", UDIFF_COLUMNS, "TckrSymb"),
                        policy,
                        f -> udiffRow(f, date));
            case CASH_OLD, CASH_FULL, NIFTY_HISTORY, VIX_HISTORY ->
                throw new IllegalArgumentException(file + " is not an F&O bhavcopy but " + kind);
        };
        List<OptionRow> options = new ArrayList<>(parsed.rows().size());
        Map<String, Map<LocalDate, Double>> futures = new HashMap<>();
        for (FoRow row : parsed.rows()) {
            switch (row) {
                case OptionRow option -> options.add(option);
                case FutureRow future -> {
                    if (future.contracts() > 0 && future.settle() > 0) {
                        Double earlier = futures.computeIfAbsent(future.symbol(), s -> new HashMap<>())
                                .put(future.expiry(), future.settle());
                        if (earlier != null && earlier != future.settle()) {
                            throw new MarketDataException("F&O bhavcopy " + file + " lists the " + future.symbol()
                                    + " future of " + future.expiry() + " twice with other prices");
                        }
                    }
                }
            }
        }
        requireUniqueContracts(file, parsed);
        Map<String, List<OptionRow>> bySymbol = options.stream()
                .collect(Collectors.groupingBy(OptionRow::symbol, LinkedHashMap::new, Collectors.toList()));
        futures.replaceAll((symbol, byExpiry) -> Map.copyOf(byExpiry));
        return new FoDay(date, file, Map.copyOf(bySymbol), Map.copyOf(futures), parsed.warnings());
    }

    /** Two rows for one contract mean a broken file (e.g. two files run together): neither can be trusted. */
    private static void requireUniqueContracts(Path file, CsvTable.Parsed<FoRow> parsed) {
        Map<String, Integer> seen = new HashMap<>(parsed.rows().size() * 2);
        for (int i = 0; i < parsed.rows().size(); i++) {
            if (parsed.rows().get(i) instanceof OptionRow r) {
                String contract = r.symbol() + " " + r.expiry() + " " + r.strike() + " " + r.right();
                Integer earlier = seen.putIfAbsent(contract, parsed.lines().get(i));
                if (earlier != null) {
                    throw new MarketDataException("F&O bhavcopy " + file + ":"
                            + parsed.lines().get(i) + " lists " + contract + " again (first on line " + earlier + ")");
                }
            }
        }
    }

    /** Parses one row of the old form (package-private for the parser fuzz test). */
    static FoRow oldRow(Fields f, LocalDate date) {
        Fields.requireTradeDate(f.date("TIMESTAMP", NseFileKind.Formats.DD_MMM_YYYY), date, "TIMESTAMP");
        String instrument = f.required("INSTRUMENT");
        LocalDate expiry = expiry(f.date("EXPIRY_DT", NseFileKind.Formats.DD_MMM_YYYY), date);
        double close = f.price("CLOSE");
        double settle = f.price("SETTLE_PR");
        long contracts = f.count("CONTRACTS");
        long openInterest = f.count("OPEN_INT");
        if (OLD_FUTURES.contains(instrument)) {
            return new FutureRow(f.required("SYMBOL"), expiry, settle, contracts);
        }
        if (!OLD_OPTIONS.contains(instrument)) {
            throw new RowException(
                    DataIssue.INVALID_VALUE, "INSTRUMENT", "unknown INSTRUMENT " + SafeText.quote(instrument));
        }
        double last = contracts > 0 ? close : 0;
        return new OptionRow(
                f.required("SYMBOL"),
                expiry,
                strike(f, "STRIKE_PR"),
                Right.parse(f.required("OPTION_TYP")),
                last,
                close,
                settle,
                contracts,
                openInterest,
                f.signedCount("CHG_IN_OI"),
                0,
                0);
    }

    private static FoRow udiffRow(Fields f, LocalDate date) {
        Fields.requireTradeDate(f.date("TradDt", DateTimeFormatter.ISO_LOCAL_DATE), date, "TradDt");
        String type = f.required("FinInstrmTp");
        LocalDate expiry = expiry(f.date("XpryDt", DateTimeFormatter.ISO_LOCAL_DATE), date);
        double close = f.price("ClsPric");
        double last = f.price("LastPric");
        double settle = f.price("SttlmPric");
        long contracts = f.count("TtlTradgVol");
        long openInterest = f.count("OpnIntrst");
        if (UDIFF_FUTURES.contains(type)) {
            return new FutureRow(f.required("TckrSymb"), expiry, settle, contracts);
        }
        if (!UDIFF_OPTIONS.contains(type)) {
            throw new RowException(
                    DataIssue.INVALID_VALUE, "FinInstrmTp", "unknown FinInstrmTp " + SafeText.quote(type));
        }
        long lot = f.count("NewBrdLotQty");
        if (lot <= 0 || lot > Integer.MAX_VALUE) {
            throw new RowException(
                    DataIssue.INVALID_VALUE, "NewBrdLotQty", "NewBrdLotQty " + lot + " is not a lot size");
        }
        return new OptionRow(
                f.required("TckrSymb"),
                expiry,
                strike(f, "StrkPric"),
                Right.parse(f.required("OptnTp")),
                last,
                close,
                settle,
                contracts,
                openInterest,
                f.signedCount("ChngInOpnIntrst"),
                f.price("UndrlygPric"),
                (int) lot);
    }

    private static LocalDate expiry(LocalDate expiry, LocalDate date) {
        if (expiry.isBefore(date)) {
            throw new ImpossibleValueException("expiry " + expiry + " is before the trade date " + date);
        }
        return expiry;
    }

    private static double strike(Fields f, String column) {
        double strike = f.price(column);
        if (strike == 0) {
            throw new RowException(DataIssue.INVALID_VALUE, column, column + " of an option is 0");
        }
        return strike;
    }
}
