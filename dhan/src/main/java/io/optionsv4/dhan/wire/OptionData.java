package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One option of an option-chain response ({@code ce} or {@code pe}). Every field is optional on the wire and null
 * when absent (older responses lack {@code average_price}, {@code previous_*} and {@code security_id}).
 *
 * @param averagePrice day VWAP
 * @param greeks Dhan's Greeks
 * @param impliedVolatility Dhan's IV in percent ({@code 12.47} = 12.47 %)
 * @param lastPrice last traded price
 * @param oi open interest
 * @param previousClosePrice previous session's close
 * @param previousOi previous session's open interest
 * @param previousVolume previous session's volume
 * @param securityId the contract's security id (segment {@code NSE_FNO})
 * @param topAskPrice best ask
 * @param topAskQuantity best ask quantity
 * @param topBidPrice best bid
 * @param topBidQuantity best bid quantity
 * @param volume day volume
 */
public record OptionData(
        @JsonProperty("average_price") Double averagePrice,
        GreeksData greeks,
        @JsonProperty("implied_volatility") Double impliedVolatility,
        @JsonProperty("last_price") Double lastPrice,
        Long oi,
        @JsonProperty("previous_close_price") Double previousClosePrice,
        @JsonProperty("previous_oi") Long previousOi,
        @JsonProperty("previous_volume") Long previousVolume,
        @JsonProperty("security_id") Long securityId,
        @JsonProperty("top_ask_price") Double topAskPrice,
        @JsonProperty("top_ask_quantity") Long topAskQuantity,
        @JsonProperty("top_bid_price") Double topBidPrice,
        @JsonProperty("top_bid_quantity") Long topBidQuantity,
        Long volume) {

    /**
     * Dhan's Greeks of an option, as sent; units are Dhan's (theta per day, vega per volatility point, by the values).
     *
     * @param delta delta
     * @param theta theta
     * @param gamma gamma
     * @param vega vega
     */
    public record GreeksData(Double delta, Double theta, Double gamma, Double vega) {}
}
