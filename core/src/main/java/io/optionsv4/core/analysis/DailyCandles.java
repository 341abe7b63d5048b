package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Daily candles up to an as-of day, checked and turned into a ta4j series; the one place ta4j bars are built. */
final class DailyCandles {

    private DailyCandles() {}

    /**
     * Returns the candles dated on or before {@code asOf}, in the given order.
     *
     * @throws IllegalArgumentException when the dates are not strictly increasing
     */
    static List<Candle> upTo(List<Candle> candles, LocalDate asOf) {
        Checks.notNull(candles, "candles");
        Checks.notNull(asOf, "asOf");
        for (int i = 1; i < candles.size(); i++) {
            Checks.argument(
                    candles.get(i).date().isAfter(candles.get(i - 1).date()),
                    "candles must have strictly increasing dates but "
                            + candles.get(i).date() + " follows "
                            + candles.get(i - 1).date());
        }
        return candles.stream().filter(c -> !c.date().isAfter(asOf)).toList();
    }

    /** Returns a ta4j series of {@code candles}: one-day bars ending at the next midnight UTC, double numbers. */
    static BarSeries series(List<Candle> candles) {
        BarSeries series = new BaseBarSeriesBuilder()
                .withName("daily")
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        for (Candle c : candles) {
            add(series, c);
        }
        return series;
    }

    /** Adds {@code c} to {@code series} as its next one-day bar. */
    static void add(BarSeries series, Candle c) {
        series.barBuilder()
                .timePeriod(Duration.ofDays(1))
                .endTime(c.date().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .openPrice(c.open())
                .highPrice(c.high())
                .lowPrice(c.low())
                .closePrice(c.close())
                .volume(c.volume())
                .add();
    }
}
