package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Support and resistance from swing points of the last {@value #LOOKBACK} daily candles up to the as-of day. A swing
 * high is a high above the highs of the {@value #WING} candles either side; a swing low likewise below. Swing prices
 * within {@value #CLUSTER_TOLERANCE} (relative) of their cluster's first price form one level at their mean; strength
 * = min(1, touches / 3). Levels below the last close are supports, above it resistances. Stateless.
 */
public final class SwingLevels {

    /** Daily candles searched for swing points. */
    public static final int LOOKBACK = 120;

    /** Candles each side a swing point must exceed. */
    public static final int WING = 2;

    /** Relative distance within which swing prices form one level (1 %). */
    public static final double CLUSTER_TOLERANCE = 0.01;

    private SwingLevels() {}

    /**
     * Returns the swing levels of the candles dated on or before {@code asOf}, by increasing price.
     *
     * @param candles daily candles, strictly increasing dates
     * @param asOf the analysis day
     */
    public static List<KeyLevel> find(List<Candle> candles, LocalDate asOf) {
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        if (history.isEmpty()) {
            return List.of();
        }
        List<Candle> window = history.subList(Math.max(0, history.size() - LOOKBACK), history.size());
        List<Double> swings = new ArrayList<>();
        for (int i = WING; i < window.size() - WING; i++) {
            if (isExtreme(window, i, true)) {
                swings.add(window.get(i).high());
            }
            if (isExtreme(window, i, false)) {
                swings.add(window.get(i).low());
            }
        }
        swings.sort(Comparator.naturalOrder());
        double close = window.get(window.size() - 1).close();
        List<KeyLevel> levels = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= swings.size(); i++) {
            if (i == swings.size() || swings.get(i) > swings.get(start) * (1 + CLUSTER_TOLERANCE)) {
                levels.add(level(swings.subList(start, i), close));
                start = i;
            }
        }
        return levels;
    }

    private static boolean isExtreme(List<Candle> window, int i, boolean high) {
        double value = high ? window.get(i).high() : window.get(i).low();
        for (int j = i - WING; j <= i + WING; j++) {
            double other = high ? window.get(j).high() : window.get(j).low();
            if (j != i && (high ? other >= value : other <= value)) {
                return false;
            }
        }
        return true;
    }

    private static KeyLevel level(List<Double> cluster, double close) {
        double price =
                cluster.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        KeyLevel.Type type = price < close ? KeyLevel.Type.SUPPORT : KeyLevel.Type.RESISTANCE;
        return new KeyLevel(type, price, Math.min(1, cluster.size() / 3.0), KeyLevel.Source.SWING_POINT);
    }
}
