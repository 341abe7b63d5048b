package io.optionsv4.dhan.wire;

/**
 * Body of {@code POST /charts/intraday}.
 *
 * @param securityId the security id, a JSON string
 * @param exchangeSegment {@code IDX_I}, {@code NSE_EQ}, ...
 * @param instrument {@code INDEX}, {@code EQUITY}, ...
 * @param interval minutes per candle: 1, 5, 15, 25 or 60 (sent as a number, as the official SDK does)
 * @param oi whether to add open interest
 * @param fromDate start, {@code YYYY-MM-DD HH:MM:SS} IST
 * @param toDate end, {@code YYYY-MM-DD HH:MM:SS} IST
 */
public record IntradayRequest(
        String securityId,
        String exchangeSegment,
        String instrument,
        int interval,
        boolean oi,
        String fromDate,
        String toDate) {}
