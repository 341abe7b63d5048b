package io.optionsv4.marketdata.replay;

import io.optionsv4.core.instrument.Right;
import java.time.LocalDate;

/**
 * One option contract of an F&amp;O bhavcopy, as the file states it.
 *
 * @param symbol underlying symbol
 * @param expiry expiry date, not before the trade date
 * @param strike strike in rupees
 * @param right call or put
 * @param last last traded price, 0 when not traded (the old format has no such column: its close when traded)
 * @param close closing price
 * @param settle settlement price
 * @param contracts contracts traded
 * @param openInterest open interest in units
 * @param changeInOpenInterest change of open interest in units
 * @param underlyingPrice the file's underlying price (UDiFF), 0 when the format has none
 * @param lotSize the file's lot size (UDiFF), 0 when the format has none
 */
record OptionRow(
        String symbol,
        LocalDate expiry,
        double strike,
        Right right,
        double last,
        double close,
        double settle,
        long contracts,
        long openInterest,
        long changeInOpenInterest,
        double underlyingPrice,
        int lotSize)
        implements FoRow {}
