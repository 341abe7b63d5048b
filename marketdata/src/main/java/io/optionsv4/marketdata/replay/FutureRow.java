package io.optionsv4.marketdata.replay;

import java.time.LocalDate;

/**
 * One futures contract of an F&amp;O bhavcopy, kept for its price: the forward of its expiry when the options give
 * none.
 *
 * @param symbol underlying symbol
 * @param expiry expiry date, not before the trade date
 * @param settle the day's settlement price
 * @param contracts contracts traded that day
 */
record FutureRow(String symbol, LocalDate expiry, double settle, long contracts) implements FoRow {}
