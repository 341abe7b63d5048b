package io.optionsv4.dhan.scrip;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.scrip.ScripFormat.Field;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one scrip-master CSV into a {@link ScripMasterLoad}; the format is documented on {@link ScripMaster}. One
 * instance per file, not thread-safe.
 */
final class ScripMasterParser {

    /** {@code <UNDERLYING>-<Mon><YYYY>-<strike>-<CE|PE>} (MCX adds the day before the month). */
    private static final Pattern DERIVATIVE_SYMBOL = Pattern.compile("^(.+?)-\\d{0,2}[A-Za-z]{3}\\d{4}-.+$");

    private static final LocalDate NO_EXPIRY = LocalDate.of(1, 1, 1);

    /** An option row before the expiry kinds of rows without a flag are known. */
    private record OptionRow(int line, ScripContract contract, boolean flagged) {}

    private final String source;
    private final List<ScripWarning> warnings = new ArrayList<>();
    private final List<ScripUnderlying> underlyings = new ArrayList<>();
    private final List<OptionRow> options = new ArrayList<>();
    private final Map<SecurityId, Integer> idLines = new HashMap<>();
    private final Map<String, Integer> symbolLines = new HashMap<>();
    private final Map<ScripMaster.ContractKey, Integer> keyLines = new HashMap<>();
    private ScripFormat format;
    private Map<Field, Integer> index;
    private int headerSize;

    private ScripMasterParser(String source) {
        this.source = source;
    }

    /** Parses the whole of {@code reader}; {@code source} names the file in messages. */
    static ScripMasterLoad parse(BufferedReader reader, String source) throws IOException {
        return new ScripMasterParser(source).read(reader);
    }

    private ScripMasterLoad read(BufferedReader reader) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new MarketDataException(source + ": empty file, expected a scrip-master header row");
        }
        header(CsvLine.split(stripBom(headerLine)));
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                row(lineNumber, line);
            }
        }
        List<ScripContract> contracts = withExpiryKinds();
        return new ScripMasterLoad(new ScripMaster(underlyings, contracts), warnings);
    }

    private void header(List<String> columns) {
        format = ScripFormat.detect(columns)
                .orElseThrow(() -> new MarketDataException(source + ":1: not a Dhan scrip master: the header has"
                        + " neither SEM_SMST_SECURITY_ID (compact) nor SECURITY_ID (detailed): " + columns));
        index = new EnumMap<>(Field.class);
        List<String> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            int at = columns.indexOf(format.column(field));
            if (at < 0) {
                missing.add(format.column(field));
            }
            index.put(field, at);
        }
        if (!missing.isEmpty()) {
            throw new MarketDataException(source + ":1: " + format.name().toLowerCase(Locale.ROOT)
                    + " scrip master lacks columns " + missing);
        }
        headerSize = columns.size();
    }

    private void row(int line, String text) {
        List<String> fields;
        try {
            fields = CsvLine.split(text);
        } catch (IllegalArgumentException e) {
            warn(line, e.getMessage());
            return;
        }
        if (fields.size() < headerSize) {
            warn(line, "expected " + headerSize + " fields but found " + fields.size());
            return;
        }
        if (!"NSE".equals(get(fields, Field.EXCHANGE))) {
            return;
        }
        String segment = get(fields, Field.SEGMENT);
        String instrument = get(fields, Field.INSTRUMENT);
        try {
            if ("I".equals(segment) && "INDEX".equals(instrument)) {
                underlying(line, fields, ExchangeSegment.IDX_I);
            } else if ("E".equals(segment) && "EQUITY".equals(instrument) && "EQ".equals(get(fields, Field.SERIES))) {
                underlying(line, fields, ExchangeSegment.NSE_EQ);
            } else if ("D".equals(segment) && ("OPTIDX".equals(instrument) || "OPTSTK".equals(instrument))) {
                option(line, fields);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            warn(line, "unreadable value: " + e.getMessage());
        }
    }

    private void underlying(int line, List<String> fields, ExchangeSegment segment) {
        String symbol = get(fields, Field.SYMBOL).toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            warn(line, "no symbol for security id " + get(fields, Field.SECURITY_ID));
            return;
        }
        SecurityId id = new SecurityId(segment, securityId(line, fields));
        String display = get(fields, Field.DISPLAY_NAME);
        unique(idLines, id, line, "security id " + id);
        unique(symbolLines, symbol, line, "underlying symbol " + symbol);
        underlyings.add(new ScripUnderlying(symbol, id, display.isEmpty() ? symbol : display));
    }

    private void option(int line, List<String> fields) {
        String tradingSymbol = get(fields, Field.TRADING_SYMBOL);
        Optional<String> underlying = underlyingOf(fields, tradingSymbol);
        if (underlying.isEmpty()) {
            warn(line, "cannot tell the underlying of option '" + tradingSymbol + "'");
            return;
        }
        Optional<LocalDate> expiry = date(get(fields, Field.EXPIRY));
        if (expiry.isEmpty()) {
            warn(line, "option " + tradingSymbol + " has no expiry date");
            return;
        }
        Right right;
        try {
            right = Right.parse(get(fields, Field.OPTION_TYPE));
        } catch (IllegalArgumentException e) {
            warn(line, "option " + tradingSymbol + ": " + e.getMessage());
            return;
        }
        double strike = Double.parseDouble(get(fields, Field.STRIKE));
        double lot = Double.parseDouble(get(fields, Field.LOT));
        impossible(line, strike > 0 && Double.isFinite(strike), "strike " + strike + " of " + tradingSymbol);
        impossible(line, lot >= 1 && lot == Math.rint(lot) && lot < Integer.MAX_VALUE, "lot " + lot);
        String flag = get(fields, Field.EXPIRY_FLAG);
        ExpiryKind kind = "W".equals(flag) ? ExpiryKind.WEEKLY : ExpiryKind.MONTHLY;
        ScripContract contract = new ScripContract(
                new SecurityId(ExchangeSegment.NSE_FNO, securityId(line, fields)),
                underlying.get(),
                expiry.get(),
                strike,
                right,
                (int) lot,
                kind,
                tradingSymbol.isEmpty() ? underlying.get() + " " + strike + " " + right : tradingSymbol);
        unique(idLines, contract.securityId(), line, "security id " + contract.securityId());
        unique(keyLines, ScripMaster.ContractKey.of(contract), line, "option " + contract.tradingSymbol());
        options.add(new OptionRow(line, contract, "W".equals(flag) || "M".equals(flag)));
    }

    private Optional<String> underlyingOf(List<String> fields, String tradingSymbol) {
        if (format == ScripFormat.DETAILED) {
            String symbol = get(fields, Field.SYMBOL);
            if (!symbol.isEmpty()) {
                return Optional.of(symbol.toUpperCase(Locale.ROOT));
            }
        }
        Matcher m = DERIVATIVE_SYMBOL.matcher(tradingSymbol);
        return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** Rows without a W/M flag: monthly when they are their underlying's last expiry of the month. */
    private List<ScripContract> withExpiryKinds() {
        Map<String, LocalDate> lastOfMonth = new HashMap<>();
        for (OptionRow row : options) {
            ScripContract c = row.contract();
            lastOfMonth.merge(
                    c.underlying() + "|" + YearMonth.from(c.expiry()), c.expiry(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<ScripContract> contracts = new ArrayList<>(options.size());
        for (OptionRow row : options) {
            ScripContract c = row.contract();
            if (row.flagged()) {
                contracts.add(c);
            } else {
                boolean monthly = c.expiry().equals(lastOfMonth.get(c.underlying() + "|" + YearMonth.from(c.expiry())));
                contracts.add(new ScripContract(
                        c.securityId(),
                        c.underlying(),
                        c.expiry(),
                        c.strike(),
                        c.right(),
                        c.unitsPerLot(),
                        monthly ? ExpiryKind.MONTHLY : ExpiryKind.WEEKLY,
                        c.tradingSymbol()));
            }
        }
        return contracts;
    }

    private long securityId(int line, List<String> fields) {
        long id = Long.parseLong(get(fields, Field.SECURITY_ID));
        impossible(line, id > 0, "security id " + id);
        return id;
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        return date.equals(NO_EXPIRY) ? Optional.empty() : Optional.of(date);
    }

    private <K> void unique(Map<K, Integer> seen, K key, int line, String what) {
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            throw new MarketDataException(
                    source + ":" + line + ": " + what + " already listed on line " + first + "; the file is ambiguous");
        }
    }

    private void impossible(int line, boolean valid, String what) {
        if (!valid) {
            throw new MarketDataException(source + ":" + line + ": impossible " + what);
        }
    }

    private void warn(int line, String message) {
        warnings.add(new ScripWarning(source, line, message));
    }

    private String get(List<String> fields, Field field) {
        return fields.get(index.get(field));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
