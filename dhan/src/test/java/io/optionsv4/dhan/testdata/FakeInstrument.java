package io.optionsv4.dhan.testdata;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One instrument the fake Dhan server knows, as a scrip-master row would describe it.
 *
 * @param securityId Dhan's security id
 * @param segment the API exchange segment, e.g. {@code NSE_FNO}
 * @param instrument {@code INDEX}, {@code EQUITY}, {@code OPTIDX}, {@code OPTSTK}
 * @param tradingSymbol the exchange symbol, e.g. {@code NIFTY-Jan2025-23200-CE}
 * @param underlying the underlying's symbol ({@code NIFTY}); the symbol itself for an index or stock
 * @param expiry the option's expiry, empty otherwise
 * @param strike the option's strike, 0 otherwise
 * @param optionType {@code CE}, {@code PE}, or {@code XX}
 * @param lotSize units per lot (1 for cash and indices)
 * @param displayName Dhan's display name, e.g. {@code NIFTY 30 JAN 23200 CALL}
 */
record FakeInstrument(
        long securityId,
        String segment,
        String instrument,
        String tradingSymbol,
        String underlying,
        Optional<LocalDate> expiry,
        double strike,
        String optionType,
        int lotSize,
        String displayName) {

    /** An index ({@code IDX_I}) or an NSE stock. */
    static FakeInstrument cash(long id, String segment, String symbol, String displayName) {
        String instrument = "IDX_I".equals(segment) ? "INDEX" : "EQUITY";
        return new FakeInstrument(id, segment, instrument, symbol, symbol, Optional.empty(), 0, "XX", 1, displayName);
    }

    /** An NSE index option. */
    static FakeInstrument option(long id, String underlying, LocalDate expiry, double strike, String type, int lot) {
        String month = expiry.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        String symbol = underlying + "-" + month + expiry.getYear() + "-" + (long) strike + "-" + type;
        String display = underlying + " " + expiry.getDayOfMonth() + " " + month.toUpperCase(java.util.Locale.ROOT)
                + " " + (long) strike + ("CE".equals(type) ? " CALL" : " PUT");
        return new FakeInstrument(
                id, "NSE_FNO", "OPTIDX", symbol, underlying, Optional.of(expiry), strike, type, lot, display);
    }

    /** Returns true for an option. */
    boolean isOption() {
        return expiry.isPresent();
    }

    /** Returns true for an index, which cannot be traded (reference section 7). */
    boolean isIndex() {
        return "IDX_I".equals(segment);
    }

    /** Returns the order-update stream's one-letter segment ({@code E}, {@code D}, {@code I}). */
    String segmentLetter() {
        return switch (segment) {
            case "NSE_FNO", "BSE_FNO" -> "D";
            case "IDX_I" -> "I";
            case "NSE_CURRENCY", "BSE_CURRENCY" -> "C";
            case "MCX_COMM" -> "M";
            default -> "E";
        };
    }

    /** Returns {@code CALL}/{@code PUT} for options (REST {@code drvOptionType}), empty otherwise. */
    Optional<String> drvOptionType() {
        return isOption() ? Optional.of("CE".equals(optionType) ? "CALL" : "PUT") : Optional.empty();
    }
}
