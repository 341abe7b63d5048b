package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A {@code /charts/historical} or {@code /charts/intraday} response: parallel arrays, index {@code i} across all of
 * them is one candle. Values may be integers or decimals, timestamps (epoch seconds, candle start; 00:00 IST for daily
 * candles) may be floats. {@code openInterest} is present only when asked for.
 *
 * @param open opens
 * @param high highs
 * @param low lows
 * @param close closes
 * @param volume volumes
 * @param timestamp epoch seconds
 * @param openInterest open interest, or null
 */
public record CandleArrays(
        List<Double> open,
        List<Double> high,
        List<Double> low,
        List<Double> close,
        List<Double> volume,
        List<Double> timestamp,
        @JsonProperty("open_interest") List<Double> openInterest) {}
