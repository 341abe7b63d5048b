package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The {@code data} of an option-chain response.
 *
 * @param lastPrice the underlying's last price, or null
 * @param oc one entry per strike, keyed by the strike as text ({@code "23200.000000"}); null when absent
 */
public record OptionChainData(@JsonProperty("last_price") Double lastPrice, Map<String, StrikeData> oc) {

    /**
     * The call and put of one strike; either may be absent.
     *
     * @param ce the call, or null
     * @param pe the put, or null
     */
    public record StrikeData(OptionData ce, OptionData pe) {}
}
