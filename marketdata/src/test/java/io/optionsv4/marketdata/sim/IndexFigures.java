package io.optionsv4.marketdata.sim;

import io.optionsv4.marketdata.files.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VIX-NIFTY figures of {@code docs/simulated-market.md}, computed from {@code index_daily/nifty50.csv} and {@code
 * indiavix.csv} (columns Date, Close, High, Low, Open, Volume) exactly as {@code calibrate_simulated_market.py}'s
 * exploratory figures: standard deviations with divisor n.
 */
record IndexFigures(
        double medianVixOverRealised,
        double medianRealised,
        double logRealisedSd,
        double logVixAr1,
        double jumpsPerYear,
        Map<Integer, Double> yearEndCloses) {

    private static final int WINDOW = 21;
    private static final int JUMP_WINDOW = 60;
    private static final double JUMP_SDS = 4.0;

    static IndexFigures of(Path nifty, Path vix) throws IOException {
        TreeMap<String, Double> n = closes(nifty);
        TreeMap<String, Double> v = closes(vix);
        List<String> dates = new ArrayList<>(n.keySet());
        double[] c = n.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] r = new double[c.length - 1];
        for (int i = 1; i < c.length; i++) {
            r[i - 1] = Math.log(c[i] / c[i - 1]);
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> realised = new ArrayList<>();
        for (int i = WINDOW; i < r.length - WINDOW; i++) {
            Double vixClose = v.get(dates.get(i + 1));
            if (vixClose != null) {
                double rv = sd(r, i - WINDOW + 1, i + 1) * Math.sqrt(250);
                realised.add(rv);
                ratios.add(vixClose / 100 / rv);
            }
        }
        List<Double> logRv = new ArrayList<>();
        for (int i = WINDOW; i < r.length; i++) {
            logRv.add(Math.log(sd(r, i - WINDOW, i) * Math.sqrt(252)));
        }
        int jumps = 0;
        for (int i = JUMP_WINDOW; i < r.length; i++) {
            if (Math.abs(r[i]) > JUMP_SDS * sd(r, i - JUMP_WINDOW, i)) {
                jumps++;
            }
        }
        double[] lv = v.values().stream().mapToDouble(Math::log).toArray();
        double[] a = new double[lv.length - 1];
        double[] b = new double[lv.length - 1];
        System.arraycopy(lv, 0, a, 0, a.length);
        System.arraycopy(lv, 1, b, 0, b.length);
        Map<Integer, Double> yearEnd = new TreeMap<>();
        n.forEach((date, close) -> yearEnd.put(Integer.parseInt(date.substring(0, 4)), Math.rint(close * 100) / 100));
        return new IndexFigures(
                SimulatedMarketCalibrationTest.median(ratios),
                SimulatedMarketCalibrationTest.median(realised),
                sd(logRv.stream().mapToDouble(Double::doubleValue).toArray(), 0, logRv.size()),
                PathSimulatorTest.correlation(a, b),
                jumps * 250.0 / (r.length - JUMP_WINDOW),
                yearEnd);
    }

    private static TreeMap<String, Double> closes(Path file) throws IOException {
        TreeMap<String, Double> closes = new TreeMap<>();
        List<String> lines = DataFiles.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            closes.put(f[0], Double.parseDouble(f[1]));
        }
        return closes;
    }

    /** Standard deviation (divisor n) of {@code x[from..to)}. */
    static double sd(double[] x, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= to - from;
        double var = 0;
        for (int i = from; i < to; i++) {
            var += (x[i] - mean) * (x[i] - mean);
        }
        return Math.sqrt(var / (to - from));
    }
}
