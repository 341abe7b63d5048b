package io.optionsv4.dhan.wire;

/**
 * Body of {@code POST /charts/historical} (daily candles); {@code expiryCode} is left out, it applies to derivatives
 * only.
 *
 * @param securityId the security id, a JSON string ({@code "13"})
 * @param exchangeSegment {@code IDX_I}, {@code NSE_EQ}, ...
 * @param instrument {@code INDEX}, {@code EQUITY}, ...
 * @param oi whether to add open interest
 * @param fromDate first date, {@code YYYY-MM-DD}, inclusive
 * @param toDate last date, {@code YYYY-MM-DD}, exclusive
 */
public record HistoricalRequest(
        String securityId, String exchangeSegment, String instrument, boolean oi, String fromDate, String toDate) {}
