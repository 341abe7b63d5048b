package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /optionchain/expirylist}.
 *
 * @param underlyingScrip security id of the underlying, a JSON number
 * @param underlyingSeg its segment, {@code IDX_I} or {@code NSE_EQ}
 */
public record ExpiryListRequest(
        @JsonProperty("UnderlyingScrip") long underlyingScrip,
        @JsonProperty("UnderlyingSeg") String underlyingSeg) {}
