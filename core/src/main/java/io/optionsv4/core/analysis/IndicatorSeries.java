package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

/**
 * A ta4j series of daily candles with every {@link IndicatorKind}'s indicator on it, kept from one day to the next.
 *
 * <p>ta4j's moving averages, RSI, ADX and ATR are recursive: the value on the last candle depends on every earlier
 * one, so computed afresh each day they cost the whole history (a backtest of 18 years of NIFTY recomputed 4,400
 * candles on each of 4,400 days, twice: for the market's state and for NIFTY itself). When a day's candles extend the
 * candles of a remembered series (the same candles, then new ones) the series gains the new bars and its indicators,
 * which cache their values per bar, compute the new bars only. A value at a bar depends on the bars up to it alone,
 * computed by the same operations in the same order, so the readings are those of a fresh series bit for bit
 * (TechnicalIndicatorsTest compares them day by day over years of candles).
 *
 * <p>The last {@value #REMEMBERED} series are remembered process-wide, keyed by their first candle, the least recently
 * used dropped first; candles that extend no remembered series get a new one. Thread-safe: the memory is
 * synchronised, and a series is read and extended under its own lock.
 */
final class IndicatorSeries {

    /** More than the symbols of a whole-universe analysis (about 200 F&amp;O underlyings and the indices). */
    static final int REMEMBERED = 320;

    private static final Map<Candle, IndicatorSeries> MEMORY = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Candle, IndicatorSeries> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final List<Candle> candles;
    private final BarSeries series;
    private final Map<IndicatorKind, Indicator<Num>> indicators = new EnumMap<>(IndicatorKind.class);

    /** A series of {@code history}'s bars, then the indicators on it (as a series made for one day only). */
    private IndicatorSeries(List<Candle> history) {
        candles = new ArrayList<>(history);
        series = DailyCandles.series(history);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        indicators.put(IndicatorKind.EMA_9, new EMAIndicator(close, 9));
        indicators.put(IndicatorKind.EMA_21, new EMAIndicator(close, 21));
        indicators.put(IndicatorKind.EMA_50, new EMAIndicator(close, 50));
        indicators.put(IndicatorKind.EMA_200, new EMAIndicator(close, 200));
        indicators.put(IndicatorKind.RSI_14, new RSIIndicator(close, 14));
        indicators.put(IndicatorKind.ADX_14, new ADXIndicator(series, 14));
        indicators.put(IndicatorKind.PLUS_DI_14, new PlusDIIndicator(series, 14));
        indicators.put(IndicatorKind.MINUS_DI_14, new MinusDIIndicator(series, 14));
        indicators.put(IndicatorKind.MACD, macd);
        indicators.put(IndicatorKind.MACD_SIGNAL, macd.getSignalLine(9));
        indicators.put(IndicatorKind.MACD_HISTOGRAM, macd.getHistogram(9));
        indicators.put(IndicatorKind.ATR_14, new ATRIndicator(series, 14));
    }

    /** What a reader does with the series, under its lock. */
    interface Reader<T> {
        /** Reads the indicators on the series' last bar, index {@code last}. */
        T read(Map<IndicatorKind, Indicator<Num>> indicators, int last);
    }

    /**
     * Runs {@code reader} on a series of exactly {@code history} (non-empty, strictly increasing dates): a remembered
     * one extended by the new candles, or a new one.
     */
    static <T> T read(List<Candle> history, Reader<T> reader) {
        Candle first = history.get(0);
        IndicatorSeries s;
        synchronized (MEMORY) {
            s = MEMORY.get(first);
        }
        if (s != null) {
            synchronized (s) {
                if (s.extendTo(history)) {
                    return reader.read(s.indicators, s.series.getEndIndex());
                }
            }
        }
        IndicatorSeries fresh = new IndicatorSeries(history);
        synchronized (fresh) {
            synchronized (MEMORY) {
                MEMORY.put(first, fresh);
            }
            return reader.read(fresh.indicators, fresh.series.getEndIndex());
        }
    }

    /**
     * Adds the candles of {@code history} this series lacks, when {@code history} is this series' candles followed by
     * new ones; returns false, changing nothing, otherwise.
     */
    private boolean extendTo(List<Candle> history) {
        int known = candles.size();
        if (history.size() < known || !history.subList(0, known).equals(candles)) {
            return false;
        }
        for (Candle c : history.subList(known, history.size())) {
            DailyCandles.add(series, c);
            candles.add(c);
        }
        return true;
    }

    /** Forgets every remembered series. */
    static void forgetAll() {
        synchronized (MEMORY) {
            MEMORY.clear();
        }
    }
}
