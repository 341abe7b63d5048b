package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestTrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The calibration of one predicted probability of profit over a run's trades, overall and per strategy family.
 *
 * <p>Two predictions are scored: the plan PoP ({@link BacktestTrade#predictedPlanPop()}) against whether a closed trade
 * made money after costs ({@link BacktestTrade#profitable()}; trades open at the run's end are not scored), and the
 * expiry PoP ({@link BacktestTrade#predictedExpiryPop()}) against whether holding to expiry would have made money
 * ({@link BacktestTrade#expiryProfit()}; trades whose expiry lies after the data's end are not scored).
 *
 * @param prediction {@code plan_pop} or {@code expiry_pop}
 * @param outcome what the prediction is scored against
 * @param overall every scored trade
 * @param families one calibration per strategy family with at least one scored trade, in family order
 */
public record PopCalibration(String prediction, String outcome, Calibration overall, List<Family> families) {

    /**
     * The calibration of one strategy family.
     *
     * @param family the family (the strategy registry's category)
     * @param calibration its calibration
     */
    public record Family(String family, Calibration calibration) {}

    public PopCalibration {
        families = List.copyOf(families);
    }

    /** Scores the plan PoP of the closed trades against their net profit. */
    public static PopCalibration planPop(List<BacktestTrade> trades) {
        return of(
                "plan_pop",
                "closed trade's net P&L > 0",
                trades,
                BacktestTrade::closed,
                BacktestTrade::predictedPlanPop,
                BacktestTrade::profitable);
    }

    /** Scores the expiry PoP of the trades whose expiry outcome is known against that outcome. */
    public static PopCalibration expiryPop(List<BacktestTrade> trades) {
        return of(
                "expiry_pop",
                "held to expiry, net P&L > 0",
                trades,
                t -> t.expiryProfit() != null,
                BacktestTrade::predictedExpiryPop,
                t -> t.expiryProfit());
    }

    private static PopCalibration of(
            String prediction,
            String outcome,
            List<BacktestTrade> trades,
            Predicate<BacktestTrade> scored,
            ToDoubleFunction<BacktestTrade> predicted,
            Predicate<BacktestTrade> happened) {
        List<BacktestTrade> eligible = trades.stream().filter(scored).toList();
        Map<String, List<BacktestTrade>> byFamily = new TreeMap<>();
        for (BacktestTrade t : eligible) {
            byFamily.computeIfAbsent(t.family(), f -> new ArrayList<>()).add(t);
        }
        List<Family> families = new ArrayList<>();
        byFamily.forEach((family, list) -> families.add(new Family(family, score(list, predicted, happened))));
        return new PopCalibration(prediction, outcome, score(eligible, predicted, happened), families);
    }

    private static Calibration score(
            List<BacktestTrade> trades, ToDoubleFunction<BacktestTrade> predicted, Predicate<BacktestTrade> happened) {
        double[] f = new double[trades.size()];
        boolean[] o = new boolean[trades.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = predicted.applyAsDouble(trades.get(i));
            o[i] = happened.test(trades.get(i));
        }
        return Calibration.of(f, o);
    }
}
