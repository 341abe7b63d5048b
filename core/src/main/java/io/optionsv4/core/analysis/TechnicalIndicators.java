package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/**
 * Every {@link IndicatorKind} of one underlying on its last candle up to an as-of day, each a value or an {@link
 * InsufficientHistory}. The values are ta4j's ({@code org.ta4j.core.indicators}), read through this type only.
 *
 * @param asOf the day the readings describe: the last candle on or before the as-of day passed to {@link #of}
 * @param candles how many daily candles up to {@code asOf} the readings used, {@code > 0}
 * @param lastClose the close of the last candle, rupees
 * @param readings one reading per {@link IndicatorKind}
 */
public record TechnicalIndicators(
        LocalDate asOf, int candles, double lastClose, Map<IndicatorKind, IndicatorReading> readings) {

    /** Validates the figures and copies the readings; every kind must have a reading. */
    public TechnicalIndicators {
        Checks.notNull(asOf, "asOf");
        Checks.positive(candles, "candles");
        Checks.positive(lastClose, "lastClose");
        readings = Map.copyOf(Checks.notNull(readings, "readings"));
        Checks.argument(
                readings.size() == IndicatorKind.values().length,
                "readings must cover every indicator but has " + readings.keySet());
    }

    /**
     * Computes the indicators on the candles dated on or before {@code asOf}. The series of a previous call whose
     * candles these extend is extended rather than made again ({@link IndicatorSeries}: the same readings).
     *
     * @param candles daily candles, strictly increasing dates; later ones are ignored
     * @param asOf the analysis day
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}, or the dates are unordered
     */
    public static TechnicalIndicators of(List<Candle> candles, LocalDate asOf) {
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        Checks.argument(!history.isEmpty(), () -> "no candle on or before " + asOf);
        Map<IndicatorKind, IndicatorReading> readings = IndicatorSeries.read(history, (ta4j, last) -> {
            Map<IndicatorKind, IndicatorReading> values = new EnumMap<>(IndicatorKind.class);
            ta4j.forEach((kind, indicator) -> values.put(kind, reading(kind, indicator, last, history.size())));
            return values;
        });
        Candle lastCandle = history.get(history.size() - 1);
        return new TechnicalIndicators(lastCandle.date(), history.size(), lastCandle.close(), readings);
    }

    /**
     * Forgets the ta4j series remembered from earlier calls ({@link IndicatorSeries}), so the next call of each history
     * computes it afresh: for measurements of one analysis as a fresh process runs it, and for long-lived processes
     * that want the memory back.
     */
    public static void forgetRememberedSeries() {
        IndicatorSeries.forgetAll();
    }

    /** Returns the reading of {@code kind}. */
    public IndicatorReading reading(IndicatorKind kind) {
        return readings.get(Checks.notNull(kind, "kind"));
    }

    /** Returns the value of {@code kind}, or empty while it warms up. */
    public OptionalDouble value(IndicatorKind kind) {
        return reading(kind) instanceof IndicatorReading.Value v
                ? OptionalDouble.of(v.value())
                : OptionalDouble.empty();
    }

    private static IndicatorReading reading(IndicatorKind kind, Indicator<Num> indicator, int index, int available) {
        if (available < kind.requiredCandles()) {
            return new InsufficientHistory(kind.label(), kind.requiredCandles(), available);
        }
        double value = indicator.getValue(index).doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(kind.label() + " is not finite after its warm-up: " + value);
        }
        return new IndicatorReading.Value(value);
    }
}
