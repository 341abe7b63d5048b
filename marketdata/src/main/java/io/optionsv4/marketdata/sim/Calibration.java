package io.optionsv4.marketdata.sim;

/**
 * The fitted and assumed parameters of the simulated market in one place. Figures marked "fitted" come from the real
 * NSE files (derivation in {@code docs/simulated-market.md}, re-checked by {@code SimulatedMarketCalibrationTest});
 * per-symbol figures are in {@code sim_profiles.csv} and {@code sim_anchors.csv}. Rates and vols are annualised
 * decimals; "daily" means per session.
 */
final class Calibration {

    /** Continuously compounded rate, the replay's default (6.5 %), so both sources discount alike. */
    static final double RATE = 0.065;

    /** Dividend yield of stocks (assumed). */
    static final double STOCK_DIVIDEND_YIELD = 0.010;

    /** Dividend yield of indices (assumed). */
    static final double INDEX_DIVIDEND_YIELD = 0.012;

    /** Sessions per year for the daily time step. */
    static final double SESSIONS_PER_YEAR = 252.0;

    /** NIFTY's long-run diffusive vol (fitted: median 21-day realised vol 0.138 of nifty50.csv over e^{−sd²}). */
    static final double MARKET_VOL = 0.165;

    /** Stationary sd of the log-vol factor h (fitted: sd of log 21-day RV 0.482 net of sampling noise 0.154). */
    static final double MARKET_LOG_VOL_SD = 0.45;

    /** Daily AR(1) coefficient of the log-volatility factor (fitted: AR(1) of log VIX, 0.9875). */
    static final double MARKET_LOG_VOL_AR1 = 0.985;

    /** Correlation of the return shock with the log-volatility shock (leverage effect, assumed). */
    static final double LEVERAGE = -0.5;

    /** NIFTY jumps per year (fitted: moves beyond 4 trailing 60-day sds, 1.12 a year since 2007). */
    static final double MARKET_JUMPS_PER_YEAR = 1.1;

    /** Mean NIFTY jump, log return (fitted: -0.021). */
    static final double MARKET_JUMP_MEAN = -0.021;

    /** Standard deviation of a NIFTY jump, log return (fitted 0.071 incl. 2008/2020; 0.04 keeps single days sane). */
    static final double MARKET_JUMP_SD = 0.04;

    /** NIFTY's yearly log growth for years without a real anchor (about the 2007-2025 average, assumed). */
    static final double MARKET_LOG_GROWTH = 0.10;

    /**
     * Ratio of NIFTY's implied to expected realised vol, tuned so that the simulated median of India VIX over NIFTY's
     * trailing 21-day realised vol matches the real 1.27 (nifty50.csv, indiavix.csv; 1.31 against forward RV).
     */
    static final double INDEX_VOL_PREMIUM = 1.12;

    /** Standard deviation of India VIX's own daily log noise around NIFTY's 30-day ATM IV (assumed). */
    static final double VIX_NOISE_SD = 0.04;

    /** Median correlation of a stock's daily returns with NIFTY (fitted on cm_history, 0.46). */
    static final double MARKET_CORRELATION = 0.46;

    /** Half-width of the per-symbol spread of the market correlation around its median (fitted p10-p90 0.19-0.68). */
    static final double MARKET_CORRELATION_SPREAD = 0.15;

    /** Correlation of other indices with NIFTY (assumed). */
    static final double INDEX_MARKET_CORRELATION = 0.85;

    /** Share of residual variance common to a sector (fitted: within-sector minus across residual corr). */
    static final double SECTOR_SHARE = 0.065;

    /** Ratio of a stock's implied to expected realised vol (assumed; the 2019 RV exceeded Jan-2020 IVs). */
    static final double STOCK_VOL_PREMIUM = 1.10;

    /** Stationary standard deviation of a stock's own log-volatility factor (assumed). */
    static final double IDIO_LOG_VOL_SD = 0.25;

    /** Idiosyncratic jumps (results, news) per year and stock (assumed). */
    static final double IDIO_JUMPS_PER_YEAR = 2.0;

    /** Standard deviation of an idiosyncratic jump, log return (assumed). */
    static final double IDIO_JUMP_SD = 0.05;

    /** A stock's yearly log growth beyond what its beta takes from NIFTY (assumed). */
    static final double STOCK_LOG_GROWTH = 0.09;

    /** Mean reversion speed of variance for the ATM term structure, per year (fitted: -ln(0.9875)·252 = 3.2). */
    static final double VARIANCE_REVERSION = 3.2;

    /** OI decay per strike step away from the ATM strike (fitted: 32 %/64 %/89 % of OI within 1/3/6 steps). */
    static final double OI_DECAY_PER_STEP = 0.75;

    /** OI at strikes on the two-step grid relative to their neighbours (fitted median 1.90). */
    static final double ROUND_STRIKE_FACTOR = 1.9;

    /** OI factor of the out-of-the-money side of a strike versus the in-the-money side (assumed). */
    static final double OTM_OI_TILT = 1.8;

    // The bid-ask spread of the simulated book is core.costs.SpreadModel.DEFAULT's liquid spread: one model for the
    // simulated market and the replay (fit in docs/spread-model.md).

    private Calibration() {}
}
