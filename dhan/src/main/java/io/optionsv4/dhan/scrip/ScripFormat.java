package io.optionsv4.dhan.scrip;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two layouts of Dhan's scrip master: the compact {@code api-scrip-master.csv} ({@code SEM_*} columns) and the
 * detailed {@code api-scrip-master-detailed.csv}. Columns are found by header name, never by position; unknown
 * columns are ignored. Each layout names the column of every field the index needs.
 */
enum ScripFormat {
    /** The compact file: 16 {@code SEM_*}/{@code SM_*} columns. */
    COMPACT(Map.ofEntries(
            Map.entry(Field.EXCHANGE, "SEM_EXM_EXCH_ID"),
            Map.entry(Field.SEGMENT, "SEM_SEGMENT"),
            Map.entry(Field.SECURITY_ID, "SEM_SMST_SECURITY_ID"),
            Map.entry(Field.INSTRUMENT, "SEM_INSTRUMENT_NAME"),
            Map.entry(Field.SYMBOL, "SEM_TRADING_SYMBOL"),
            Map.entry(Field.TRADING_SYMBOL, "SEM_TRADING_SYMBOL"),
            Map.entry(Field.LOT, "SEM_LOT_UNITS"),
            Map.entry(Field.DISPLAY_NAME, "SEM_CUSTOM_SYMBOL"),
            Map.entry(Field.EXPIRY, "SEM_EXPIRY_DATE"),
            Map.entry(Field.STRIKE, "SEM_STRIKE_PRICE"),
            Map.entry(Field.OPTION_TYPE, "SEM_OPTION_TYPE"),
            Map.entry(Field.EXPIRY_FLAG, "SEM_EXPIRY_FLAG"),
            Map.entry(Field.SERIES, "SEM_SERIES"))),
    /** The detailed file (31 columns in 2026 copies, 39 in older ones). */
    DETAILED(Map.ofEntries(
            Map.entry(Field.EXCHANGE, "EXCH_ID"),
            Map.entry(Field.SEGMENT, "SEGMENT"),
            Map.entry(Field.SECURITY_ID, "SECURITY_ID"),
            Map.entry(Field.INSTRUMENT, "INSTRUMENT"),
            Map.entry(Field.SYMBOL, "UNDERLYING_SYMBOL"),
            Map.entry(Field.TRADING_SYMBOL, "SYMBOL_NAME"),
            Map.entry(Field.LOT, "LOT_SIZE"),
            Map.entry(Field.DISPLAY_NAME, "DISPLAY_NAME"),
            Map.entry(Field.EXPIRY, "SM_EXPIRY_DATE"),
            Map.entry(Field.STRIKE, "STRIKE_PRICE"),
            Map.entry(Field.OPTION_TYPE, "OPTION_TYPE"),
            Map.entry(Field.EXPIRY_FLAG, "EXPIRY_FLAG"),
            Map.entry(Field.SERIES, "SERIES")));

    /** The fields the index reads from a row. */
    enum Field {
        EXCHANGE,
        SEGMENT,
        SECURITY_ID,
        INSTRUMENT,
        /** Compact: the trading symbol; detailed: the underlying's symbol. */
        SYMBOL,
        /** The exchange symbol of a derivative, e.g. {@code NIFTY-Jan2026-26100-CE}. */
        TRADING_SYMBOL,
        LOT,
        DISPLAY_NAME,
        EXPIRY,
        STRIKE,
        OPTION_TYPE,
        EXPIRY_FLAG,
        SERIES
    }

    private final Map<Field, String> columns;

    ScripFormat(Map<Field, String> columns) {
        this.columns = columns;
    }

    /** Returns the header name of {@code field} in this layout. */
    String column(Field field) {
        return columns.get(field);
    }

    /** Returns the layout whose security-id column the header has, if any. */
    static Optional<ScripFormat> detect(List<String> header) {
        if (header.contains(COMPACT.column(Field.SECURITY_ID))) {
            return Optional.of(COMPACT);
        }
        if (header.contains(DETAILED.column(Field.SECURITY_ID))) {
            return Optional.of(DETAILED);
        }
        return Optional.empty();
    }
}
