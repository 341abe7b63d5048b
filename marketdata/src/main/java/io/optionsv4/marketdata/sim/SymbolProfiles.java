package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link SymbolProfile} of every underlying of the reference data. A symbol with a fitted smile in {@code
 * sim_profiles.csv} gets its own ATM IV, skew and curvature; one without gets the median ATM IV of its sector's fitted
 * stocks (of all fitted stocks when the sector has none) and the median stock smile. The correlation with NIFTY is the
 * fitted median spread over ±{@value Calibration#MARKET_CORRELATION_SPREAD} by a hash of the symbol (a property of
 * the stock, not of the seed). Immutable.
 */
final class SymbolProfiles {

    /** NIFTY, the market factor. */
    static final String NIFTY = "NIFTY";

    private static final double MIN_SLOPE = -0.12;
    private static final double MAX_SLOPE = 0.04;
    private static final double MIN_CURVATURE = 0.01;
    private static final double MAX_CURVATURE = 0.08;
    private static final long DEFAULT_STOCK_VOLUME = 1_000_000L;
    private static final long INDEX_VOLUME = 250_000_000L;

    private final Map<String, SymbolProfile> profiles;

    SymbolProfiles(ReferenceData reference, SimTables tables) {
        Map<String, SimTables.SmileFit> fits = tables.fits();
        List<SimTables.SmileFit> stockFits = new ArrayList<>();
        Map<String, List<Double>> sectorIvs = new HashMap<>();
        for (Underlying u : reference.underlyings()) {
            SimTables.SmileFit fit = fits.get(u.symbol());
            if (fit != null && !u.isIndex()) {
                stockFits.add(fit);
                sectorIvs.computeIfAbsent(u.sector(), s -> new ArrayList<>()).add(fit.atmIv());
            }
        }
        double medianIv =
                median(stockFits.stream().map(SimTables.SmileFit::atmIv).toList());
        double medianSlope =
                median(stockFits.stream().map(SimTables.SmileFit::slope).toList());
        double medianCurvature =
                median(stockFits.stream().map(SimTables.SmileFit::curvature).toList());
        SimTables.SmileFit nifty = fits.get(NIFTY);
        Map<String, SymbolProfile> built = new HashMap<>();
        for (Underlying u : reference.underlyings()) {
            SimTables.SmileFit fit = Optional.ofNullable(fits.get(u.symbol()))
                    .orElseGet(() -> u.isIndex()
                            ? new SimTables.SmileFit(nifty.atmIv() * 1.2, nifty.slope(), nifty.curvature(), 0)
                            : new SimTables.SmileFit(
                                    Optional.ofNullable(sectorIvs.get(u.sector()))
                                            .map(SymbolProfiles::median)
                                            .orElse(medianIv),
                                    medianSlope,
                                    medianCurvature,
                                    0));
            built.put(u.symbol(), profile(u, fit));
        }
        this.profiles = Map.copyOf(built);
    }

    /** Returns the profile of {@code symbol}, or empty when the reference data does not know it. */
    Optional<SymbolProfile> find(String symbol) {
        return Optional.ofNullable(profiles.get(symbol));
    }

    /** Returns NIFTY's profile. */
    SymbolProfile market() {
        return profiles.get(NIFTY);
    }

    /** Returns NIFTY's long-run total variance: diffusion plus jumps. */
    static double marketVariance() {
        return Calibration.MARKET_VOL * Calibration.MARKET_VOL
                + Calibration.MARKET_JUMPS_PER_YEAR
                        * (Calibration.MARKET_JUMP_MEAN * Calibration.MARKET_JUMP_MEAN
                                + Calibration.MARKET_JUMP_SD * Calibration.MARKET_JUMP_SD);
    }

    /** Returns the idiosyncratic jump variance per year. */
    static double idioJumpVariance() {
        return Calibration.IDIO_JUMPS_PER_YEAR * Calibration.IDIO_JUMP_SD * Calibration.IDIO_JUMP_SD;
    }

    private static SymbolProfile profile(Underlying u, SimTables.SmileFit fit) {
        double slope = Math.min(MAX_SLOPE, Math.max(MIN_SLOPE, fit.slope()));
        double curvature = Math.min(MAX_CURVATURE, Math.max(MIN_CURVATURE, fit.curvature()));
        // IV/ATM ≈ 1 + (ρη/2)·x + η²(1 − 2ρ²)/8·x² near the money (SSVI with φ = η/√θ), solved for ρ and η.
        double eta = Math.sqrt(8 * curvature + 8 * slope * slope);
        double rho = 2 * slope / eta;
        eta = Math.min(eta, Math.sqrt(3.9 / (1 + Math.abs(rho))));
        boolean market = u.symbol().equals(NIFTY);
        double premium = u.isIndex() ? Calibration.INDEX_VOL_PREMIUM : Calibration.STOCK_VOL_PREMIUM;
        double marketVol = Math.sqrt(marketVariance());
        double vol = market ? marketVol : Math.max(0.08, fit.atmIv() / premium);
        double correlation = market ? 1.0 : correlation(u);
        double residual = Math.max(0, (1 - correlation * correlation) * vol * vol);
        double jumps = u.isIndex() ? 0 : idioJumpVariance();
        double idio = Math.sqrt(Math.max(0.25 * residual, (1 - Calibration.SECTOR_SHARE) * residual - jumps));
        long volume = fit.medianVolume() > 0 ? fit.medianVolume() : u.isIndex() ? INDEX_VOLUME : DEFAULT_STOCK_VOLUME;
        return new SymbolProfile(
                u.symbol(),
                u.sector(),
                u.isIndex(),
                market,
                fit.atmIv(),
                rho,
                eta,
                vol,
                market ? 1.0 : correlation * vol / marketVol,
                market ? 0 : Math.sqrt(Calibration.SECTOR_SHARE * residual),
                market ? 0 : idio,
                premium,
                u.isIndex() ? Calibration.INDEX_DIVIDEND_YIELD : Calibration.STOCK_DIVIDEND_YIELD,
                volume);
    }

    private static double correlation(Underlying u) {
        if (u.isIndex()) {
            return Calibration.INDEX_MARKET_CORRELATION;
        }
        double u01 =
                RandomStream.of(0).child("market-correlation").child(u.symbol()).uniform(0);
        return Calibration.MARKET_CORRELATION + Calibration.MARKET_CORRELATION_SPREAD * (2 * u01 - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0.3 : n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
    }
}
