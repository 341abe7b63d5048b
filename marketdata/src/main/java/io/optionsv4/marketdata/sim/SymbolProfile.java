package io.optionsv4.marketdata.sim;

import io.optionsv4.core.costs.SpreadModel;

/**
 * The simulation parameters of one underlying, derived once from the calibration tables and {@link Calibration}.
 * Vols are annualised decimals; the variance split is {@code longRunVol² = beta²·σ_market² + sectorVol² + idioVol² +
 * idiosyncratic jump variance}.
 *
 * @param symbol NSE symbol
 * @param sector sector of the reference data, the key of the shared sector factor
 * @param index true for an index
 * @param market true for NIFTY, the market factor itself
 * @param atmIv near-month ATM implied vol the symbol was calibrated to
 * @param smileRho SSVI correlation parameter (negative: puts richer)
 * @param smileEta SSVI curvature parameter
 * @param longRunVol long-run realised volatility
 * @param beta loading on NIFTY's daily log return
 * @param sectorVol volatility of the sector factor's share
 * @param idioVol diffusive idiosyncratic volatility
 * @param volPremium ratio of implied to expected realised volatility
 * @param dividendYield continuous dividend yield
 * @param medianVolume median daily volume in shares (index units for indices)
 */
record SymbolProfile(
        String symbol,
        String sector,
        boolean index,
        boolean market,
        double atmIv,
        double smileRho,
        double smileEta,
        double longRunVol,
        double beta,
        double sectorVol,
        double idioVol,
        double volPremium,
        double dividendYield,
        long medianVolume) {

    /** Returns the spread multiple of the symbol's options over NIFTY's. */
    double spreadMultiple() {
        return SpreadModel.DEFAULT.multiple(index);
    }
}
