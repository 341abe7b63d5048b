package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.MarketDataException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The simulated close of each underlying on the last session of each year, the skeleton the daily paths are bridged
 * between (see {@link PathSimulator}). Where {@code sim_anchors.csv} has a real year-end close the level is that close;
 * between two real closes the free yearly chain is tied to both by a discrete Brownian bridge; before the first and
 * after the last it runs freely backward and forward. Yearly log returns: NIFTY {@code g = growth − σ²/2 + σ·Z}; a
 * stock {@code g = (1 − β)·growth − σ_res²/2 + β·g_NIFTY + σ_res·Z} so stocks inherit the market's years. A symbol
 * with no real close starts from a level drawn log-uniformly in [100, 3000] rupees by a hash of its symbol (not of the
 * seed) at the end of {@value #SYNTHETIC_ANCHOR_YEAR}. The log-volatility factors at year ends are stationary draws.
 * All draws come from {@code (seed, symbol, year)}. Immutable and thread-safe.
 */
final class YearEndLevels {

    /** First year served. */
    static final int FIRST_YEAR = 1995;

    /** Last year served. */
    static final int LAST_YEAR = 2100;

    /** Year-end at which a symbol without a real close gets its synthetic level. */
    static final int SYNTHETIC_ANCHOR_YEAR = 2025;

    private final RandomStream root;
    private final Map<String, NavigableMap<Integer, Double>> anchors;
    private final SymbolProfile marketProfile;

    YearEndLevels(RandomStream root, Map<String, NavigableMap<Integer, Double>> anchors, SymbolProfile market) {
        this.root = root;
        this.anchors = anchors;
        this.marketProfile = market;
    }

    /** Returns ln of the symbol's close on the last session of {@code year}. */
    double logClose(SymbolProfile profile, int year) {
        checkYear(year);
        NavigableMap<Integer, Double> real = anchors.get(profile.symbol());
        if (real == null || real.isEmpty()) {
            real = new TreeMap<>(Map.of(SYNTHETIC_ANCHOR_YEAR, syntheticLevel(profile.symbol())));
        }
        Map.Entry<Integer, Double> below = real.floorEntry(year);
        Map.Entry<Integer, Double> above = real.ceilingEntry(year);
        if (below != null && below.getKey() == year) {
            return Math.log(below.getValue());
        }
        if (below == null) {
            return Math.log(above.getValue()) - growth(profile, year, above.getKey());
        }
        double free = Math.log(below.getValue()) + growth(profile, below.getKey(), year);
        if (above == null) {
            return free;
        }
        double span = above.getKey() - below.getKey();
        double miss = Math.log(above.getValue())
                - (Math.log(below.getValue()) + growth(profile, below.getKey(), above.getKey()));
        return free + (year - below.getKey()) / span * miss;
    }

    /** Returns the symbol's log-volatility factor at the end of {@code year}, a stationary draw. */
    double volFactor(SymbolProfile profile, int year) {
        double sd = profile.market() ? Calibration.MARKET_LOG_VOL_SD : Calibration.IDIO_LOG_VOL_SD;
        return sd * root.child(profile.symbol()).child("vol-factor").gaussian(year);
    }

    /** Sum of the free yearly log returns of the years {@code from+1 .. to}. */
    private double growth(SymbolProfile profile, int from, int to) {
        double sum = 0;
        for (int year = from + 1; year <= to; year++) {
            sum += yearlyReturn(profile, year);
        }
        return sum;
    }

    private double yearlyReturn(SymbolProfile profile, int year) {
        double z = root.child(profile.symbol()).child("year").gaussian(year);
        if (profile.market()) {
            double variance = SymbolProfiles.marketVariance();
            return Calibration.MARKET_LOG_GROWTH - 0.5 * variance + Math.sqrt(variance) * z;
        }
        double residual = profile.sectorVol() * profile.sectorVol()
                + profile.idioVol() * profile.idioVol()
                + (profile.index() ? 0 : SymbolProfiles.idioJumpVariance());
        return (1 - profile.beta()) * Calibration.STOCK_LOG_GROWTH
                - 0.5 * residual
                + profile.beta() * marketReturn(year)
                + Math.sqrt(residual) * z;
    }

    private double marketReturn(int year) {
        return logClose(marketProfile, year) - logClose(marketProfile, year - 1);
    }

    private static double syntheticLevel(String symbol) {
        double u = RandomStream.of(0).child("synthetic-level").child(symbol).uniform(0);
        return Math.exp(Math.log(100) + u * (Math.log(3000) - Math.log(100)));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR - 2 || year > LAST_YEAR) {
            throw new MarketDataException(
                    "the simulated market serves the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
    }
}
