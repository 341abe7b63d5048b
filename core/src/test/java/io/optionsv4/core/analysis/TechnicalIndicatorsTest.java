package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

class TechnicalIndicatorsTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);
    private static final double TOLERANCE = 1e-9;

    /**
     * Closes alternating +2 and −1 for 100 days: every two days gain 2 and lose 1, so Wilder's average gain settles
     * near 1 and average loss near 0.5, RS near 2 and RSI near 100 − 100 / 3 = 66.7 (swinging a few points with the
     * last change). ta4j seeds its Wilder averages at zero, so its RSI converges to that figure over several periods;
     * the value read through {@link TechnicalIndicators} must be exactly ta4j's own.
     */
    @Test
    void test_rsi_knownSeries() {
        double[] closes = new double[100];
        closes[0] = 100;
        for (int i = 1; i < closes.length; i++) {
            closes[i] = closes[i - 1] + (i % 2 == 1 ? 2 : -1);
        }
        List<Candle> candles = Candles.closes(closes);

        double rsi =
                TechnicalIndicators.of(candles, FAR).value(IndicatorKind.RSI_14).orElseThrow();

        BarSeries series = DailyCandles.series(candles);
        double ta4j = new RSIIndicator(new ClosePriceIndicator(series), 14)
                .getValue(series.getEndIndex())
                .doubleValue();
        assertThat(rsi).isCloseTo(ta4j, within(TOLERANCE));
        assertThat(rsi).isCloseTo(100 - 100 / 3.0, within(5.0));
    }

    /** Each warm-up in {@link IndicatorKind} covers ta4j's own count of unstable bars. */
    @Test
    void test_requiredCandles_coverTa4jUnstableBars() {
        BarSeries series = DailyCandles.series(Candles.linear(5, 100, 1));
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        assertThat(IndicatorKind.EMA_200.requiredCandles())
                .isGreaterThan(new EMAIndicator(close, 200).getCountOfUnstableBars());
        assertThat(IndicatorKind.RSI_14.requiredCandles())
                .isGreaterThan(new RSIIndicator(close, 14).getCountOfUnstableBars());
        assertThat(IndicatorKind.ADX_14.requiredCandles())
                .isGreaterThan(new ADXIndicator(series, 14).getCountOfUnstableBars());
        assertThat(IndicatorKind.PLUS_DI_14.requiredCandles())
                .isGreaterThan(new PlusDIIndicator(series, 14).getCountOfUnstableBars());
        assertThat(IndicatorKind.MACD_SIGNAL.requiredCandles())
                .isGreaterThan(
                        macd.getCountOfUnstableBars() + macd.getSignalLine(9).getCountOfUnstableBars());
        assertThat(IndicatorKind.ATR_14.requiredCandles())
                .isGreaterThan(new ATRIndicator(series, 14).getCountOfUnstableBars());
    }

    @Test
    void test_of_warmUpIsReportedNotInvented() {
        TechnicalIndicators ind = TechnicalIndicators.of(Candles.linear(20, 100, 1), FAR);

        assertThat(ind.candles()).isEqualTo(20);
        assertThat(ind.reading(IndicatorKind.EMA_9)).isInstanceOf(IndicatorReading.Value.class);
        assertThat(ind.reading(IndicatorKind.RSI_14)).isInstanceOf(IndicatorReading.Value.class);
        assertThat(ind.reading(IndicatorKind.EMA_21)).isEqualTo(new InsufficientHistory("EMA 21", 22, 20));
        assertThat(ind.reading(IndicatorKind.ADX_14)).isEqualTo(new InsufficientHistory("ADX 14", 30, 20));
        assertThat(ind.value(IndicatorKind.MACD_SIGNAL)).isEmpty();
    }

    @Test
    void test_ema_ofConstantSeriesIsTheConstant() {
        TechnicalIndicators ind = TechnicalIndicators.of(Candles.linear(30, 50, 0), FAR);

        assertThat(ind.value(IndicatorKind.EMA_21).orElseThrow()).isCloseTo(50, within(TOLERANCE));
        assertThat(ind.value(IndicatorKind.ATR_14).orElseThrow()).isCloseTo(1, within(TOLERANCE));
    }

    /**
     * Day by day over three years of candles, the readings from the remembered series (extended one candle a day) are
     * those of a series made afresh for that day, bit for bit; so are those of a history that rewrites an earlier
     * candle or goes back in time (a new series), and those read by four threads at once.
     */
    @Test
    void test_of_rememberedSeriesExtendedDayByDay_readsExactlyAsAFreshSeries() throws Exception {
        List<Candle> candles = Candles.randomWalk(7, 750, 18_000, 0.012);
        List<TechnicalIndicators> fresh = new ArrayList<>();
        for (Candle day : candles) {
            IndicatorSeries.forgetAll();
            fresh.add(TechnicalIndicators.of(candles, day.date()));
        }
        IndicatorSeries.forgetAll();

        for (int i = 0; i < candles.size(); i++) {
            assertThat(TechnicalIndicators.of(candles, candles.get(i).date())).isEqualTo(fresh.get(i));
        }
        // back in time, then an earlier candle rewritten: not the remembered series
        assertThat(TechnicalIndicators.of(candles, candles.get(400).date())).isEqualTo(fresh.get(400));
        List<Candle> rewritten = new ArrayList<>(candles);
        Candle c = rewritten.get(300);
        rewritten.set(300, new Candle(c.date(), c.open(), c.high() * 1.05, c.low(), c.close() * 1.04, c.volume()));
        IndicatorSeries.forgetAll();
        TechnicalIndicators rewrittenFresh = TechnicalIndicators.of(rewritten, FAR);
        IndicatorSeries.forgetAll();
        TechnicalIndicators.of(candles, FAR);
        assertThat(TechnicalIndicators.of(rewritten, FAR))
                .isEqualTo(rewrittenFresh)
                .isNotEqualTo(fresh.get(fresh.size() - 1));

        IndicatorSeries.forgetAll();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 500; i < candles.size(); i++) {
                        if (!TechnicalIndicators.of(candles, candles.get(i).date())
                                .equals(fresh.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
