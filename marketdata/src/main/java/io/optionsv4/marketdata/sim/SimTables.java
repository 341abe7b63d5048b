package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.MarketDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The calibration tables of this package, CSV resources written by the calibration script in marketdata/tools
 * ({@code #} comment lines, then a header): {@code sim_profiles.csv} (per-symbol ATM IV, smile slope and curvature,
 * median volume) and {@code sim_anchors.csv} (real year-end closes). Immutable.
 *
 * @param fits fitted smile and volume per symbol
 * @param anchors real year-end closes per symbol, by year
 */
record SimTables(Map<String, SmileFit> fits, Map<String, NavigableMap<Integer, Double>> anchors) {

    /**
     * One symbol's fitted smile and volume.
     *
     * @param atmIv ATM implied vol of the near month (decimal)
     * @param slope first-order coefficient of IV/ATM − 1 in standardised moneyness
     * @param curvature second-order coefficient
     * @param medianVolume median daily shares traded, 0 when unknown
     */
    record SmileFit(double atmIv, double slope, double curvature, long medianVolume) {}

    SimTables {
        fits = Map.copyOf(fits);
        anchors = Map.copyOf(anchors);
    }

    /** Reads both tables from the resources of this package. */
    static SimTables load() {
        Map<String, SmileFit> fits = new HashMap<>();
        for (String[] row :
                read("sim_profiles.csv", "symbol,atm_iv,smile_slope,smile_curvature,median_volume,source")) {
            fits.put(
                    row[0],
                    new SmileFit(
                            Double.parseDouble(row[1]),
                            Double.parseDouble(row[2]),
                            Double.parseDouble(row[3]),
                            Long.parseLong(row[4])));
        }
        Map<String, NavigableMap<Integer, Double>> anchors = new HashMap<>();
        for (String[] row : read("sim_anchors.csv", "symbol,year,close,source")) {
            anchors.computeIfAbsent(row[0], s -> new TreeMap<>())
                    .put(Integer.parseInt(row[1]), Double.parseDouble(row[2]));
        }
        anchors.replaceAll((s, m) -> java.util.Collections.unmodifiableNavigableMap(m));
        return new SimTables(fits, anchors);
    }

    private static List<String[]> read(String name, String header) {
        try (InputStream in = SimTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new MarketDataException("missing resource " + name + " of " + SimTables.class.getPackageName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean seenHeader = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!seenHeader) {
                    if (!line.strip().equals(header)) {
                        throw new MarketDataException(name + ": header '" + line + "' is not '" + header + "'");
                    }
                    seenHeader = true;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
