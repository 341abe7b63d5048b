package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.wire.CandleArrays;
import io.optionsv4.dhan.wire.DhanWireMapper;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@code /charts/intraday} response into {@link IntradayCandle}s. Stateless. */
final class IntradayCandles {

    private IntradayCandles() {}

    /**
     * Returns the candles of {@code arrays}, in the response's order.
     *
     * @throws MarketDataException naming {@code what} when the arrays differ in length or a candle is invalid
     */
    static List<IntradayCandle> of(CandleArrays arrays, String what) {
        int n = DhanWireMapper.candleCount(arrays, what);
        List<IntradayCandle> candles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            try {
                candles.add(new IntradayCandle(
                        DhanWireMapper.start(arrays, i),
                        arrays.open().get(i),
                        arrays.high().get(i),
                        arrays.low().get(i),
                        arrays.close().get(i),
                        DhanWireMapper.volume(arrays, i),
                        DhanWireMapper.openInterest(arrays, i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new MarketDataException(
                        "Dhan sent an invalid intraday candle of " + what + " at " + DhanWireMapper.start(arrays, i)
                                + ": " + e.getMessage(),
                        e);
            }
        }
        return List.copyOf(candles);
    }
}
