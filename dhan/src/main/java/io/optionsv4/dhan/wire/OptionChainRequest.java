package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /optionchain} (keys PascalCase exactly as the reference).
 *
 * @param underlyingScrip security id of the underlying (NIFTY {@code 13}), a JSON number
 * @param underlyingSeg its segment, {@code IDX_I} or {@code NSE_EQ}
 * @param expiry {@code YYYY-MM-DD}, one of the expiry list
 */
public record OptionChainRequest(
        @JsonProperty("UnderlyingScrip") long underlyingScrip,
        @JsonProperty("UnderlyingSeg") String underlyingSeg,
        @JsonProperty("Expiry") String expiry) {}
