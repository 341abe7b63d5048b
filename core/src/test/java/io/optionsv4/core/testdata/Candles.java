package io.optionsv4.core.testdata;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated daily candle series with hand-checkable shapes, for indicator and trend tests. */
public final class Candles {

    /** The date of the first generated candle. */
    public static final LocalDate START = LocalDate.of(2020, 1, 1);

    private Candles() {}

    /**
     * Returns {@code n} candles whose close moves by {@code step} rupees a day from {@code firstClose}; each opens at
     * the previous close, and the high and low sit half a rupee beyond the body. Volume 1,000 a day.
     */
    public static List<Candle> linear(int n, double firstClose, double step) {
        List<Candle> candles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double close = firstClose + i * step;
            candles.add(candle(i, i == 0 ? close : close - step, close, 1_000));
        }
        return candles;
    }

    /** Returns {@code n} candles whose close alternates between {@code mid + amplitude} and {@code mid − amplitude}. */
    public static List<Candle> zigzag(int n, double mid, double amplitude) {
        List<Candle> candles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double close = mid + (i % 2 == 0 ? amplitude : -amplitude);
            double open = mid + (i % 2 == 0 ? -amplitude : amplitude);
            candles.add(candle(i, open, close, 1_000));
        }
        return candles;
    }

    /**
     * Returns {@code n} candles of a seeded random walk from {@code firstClose}: daily log returns normal with
     * standard deviation {@code dailyVol}, wicks a random part of a daily move beyond the body, volume 10,000 to
     * 1,010,000.
     */
    public static List<Candle> randomWalk(long seed, int n, double firstClose, double dailyVol) {
        Random random = new Random(seed);
        List<Candle> candles = new ArrayList<>(n);
        double close = firstClose;
        for (int i = 0; i < n; i++) {
            double open = close;
            close = open * Math.exp(dailyVol * random.nextGaussian());
            double high = Math.max(open, close) * (1 + dailyVol * random.nextDouble());
            double low = Math.min(open, close) * (1 - dailyVol * random.nextDouble());
            candles.add(new Candle(START.plusDays(i), open, high, low, close, 10_000 + random.nextInt(1_000_000)));
        }
        return candles;
    }

    /** Returns {@code n} candles with the given closes, each opening at its close (a flat body), volume 1,000. */
    public static List<Candle> closes(double... closes) {
        List<Candle> candles = new ArrayList<>(closes.length);
        for (int i = 0; i < closes.length; i++) {
            candles.add(candle(i, closes[i], closes[i], 1_000));
        }
        return candles;
    }

    /** Returns a candle on day {@code index} after {@link #START} with the body and a half-rupee wick either side. */
    public static Candle candle(int index, double open, double close, long volume) {
        return new Candle(
                START.plusDays(index), open, Math.max(open, close) + 0.5, Math.min(open, close) - 0.5, close, volume);
    }
}
