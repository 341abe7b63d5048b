package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One instrument of a {@code /marketfeed/ltp|ohlc|quote} response: LTP answers fill only {@code lastPrice}, OHLC
 * answers add {@code ohlc}, quote answers fill everything. Absent fields are null.
 *
 * @param lastPrice last traded price
 * @param ohlc the day's open, high, low and the previous session's close
 * @param averagePrice day VWAP
 * @param buyQuantity total buy quantity
 * @param sellQuantity total sell quantity
 * @param depth five levels of bids and asks
 * @param lastQuantity last traded quantity
 * @param lastTradeTime {@code dd/MM/yyyy HH:mm:ss} IST ({@code 01/01/1980 00:00:00} when never traded)
 * @param lowerCircuitLimit lower circuit
 * @param upperCircuitLimit upper circuit
 * @param netChange change from the previous close
 * @param oi open interest
 * @param oiDayHigh day's highest open interest
 * @param oiDayLow day's lowest open interest
 * @param volume day volume
 */
public record MarketQuoteItem(
        @JsonProperty("last_price") Double lastPrice,
        Ohlc ohlc,
        @JsonProperty("average_price") Double averagePrice,
        @JsonProperty("buy_quantity") Long buyQuantity,
        @JsonProperty("sell_quantity") Long sellQuantity,
        Depth depth,
        @JsonProperty("last_quantity") Long lastQuantity,
        @JsonProperty("last_trade_time") String lastTradeTime,
        @JsonProperty("lower_circuit_limit") Double lowerCircuitLimit,
        @JsonProperty("upper_circuit_limit") Double upperCircuitLimit,
        @JsonProperty("net_change") Double netChange,
        Long oi,
        @JsonProperty("oi_day_high") Long oiDayHigh,
        @JsonProperty("oi_day_low") Long oiDayLow,
        Long volume) {

    /**
     * The day's prices; {@code close} is the previous session's close.
     *
     * @param open day open
     * @param close previous close
     * @param high day high
     * @param low day low
     */
    public record Ohlc(Double open, Double close, Double high, Double low) {}

    /**
     * Market depth, best level first; unused levels are zeros.
     *
     * @param buy bid levels
     * @param sell ask levels
     */
    public record Depth(List<Level> buy, List<Level> sell) {}

    /**
     * One depth level.
     *
     * @param quantity quantity at the price
     * @param orders number of orders
     * @param price the price
     */
    public record Level(Long quantity, Long orders, Double price) {}
}
