package io.optionsv4.marketdata.history;

/**
 * The fitted and assumed constants of the historical NIFTY market's option chains, in one place. "Fitted" figures come
 * from the real NIFTY chains of 1-3 Jan 2020 ({@code fo_bhavcopy}) and 1 Jan 2026 ({@code udiff_sample}) by {@code
 * marketdata/tools/calibrate_historical_nifty.py}; {@code HistoricalNiftyCalibrationTest} checks the model against
 * those chains (and the 23 Aug 2019 snapshot, out of sample) on every build. Derivation and residuals: {@code
 * docs/backtest.md}. Vols and rates are annualised decimals.
 */
final class ChainModel {

    /**
     * ATM implied vol at 30 days over India VIX / 100 (fitted: 0.904). VIX is a variance-swap level that includes the
     * smile's rich puts, so the ATM vol sits below it; the real ratio at 26-34 days was 0.87-0.92 on all five days.
     */
    static final double ATM_TO_VIX = 0.904;

    /** Long-run ATM vol the variance term structure reverts to (fitted: 0.157 = 0.92 x the 2008-2026 median VIX). */
    static final double LONG_RUN_ATM_VOL = 0.157;

    /** Mean reversion speed of the ATM variance term structure, per year (fitted: 5.48). */
    static final double VARIANCE_REVERSION = 5.48;

    /** SSVI correlation: the smile's skew (fitted: -0.284; negative makes puts richer). */
    static final double SMILE_RHO = -0.284;

    /** SSVI curvature parameter (fitted: 0.725); {@code η²(1 + |ρ|) = 0.675 <= 4}: no butterfly arbitrage. */
    static final double SMILE_ETA = 0.725;

    /** The days the VIX anchor refers to (India VIX is a 30-day measure). */
    static final double ANCHOR_YEARS = 30.0 / 365.0;

    /** Floor of the instantaneous ATM variance as a share of the 30-day one (only binds for VIX below about 7.7). */
    static final double MIN_VARIANCE_SHARE = 0.25;

    /**
     * NIFTY 50's dividend yield, continuous (assumed: 1.2 %, inside the 1.0-1.8 % range NSE's published index yield has
     * kept since 2008; the simulated market uses the same figure for indices).
     */
    static final double DIVIDEND_YIELD = 0.012;

    /**
     * Premium of NIFTY's forward carry over the repo rate less the dividend yield, per year (fitted: 0.020, between
     * the median 0.021 of {@code ln(F/S)/T − (r − q)} over the parity forwards of the 2020 and 2026 expiries 2-100 days
     * out and the least-squares fit in {@code ln F}, 0.017). Indian index futures and parity forwards trade above the
     * repo carry (NIFTY's 30-day parity carry was 5.9 % with the repo at 5.15 % in January 2020, 8.0 % with it at 5.25
     * % in January 2026).
     */
    static final double FORWARD_PREMIUM = 0.020;

    /** The tick of NIFTY options, rupees. */
    static final double TICK = 0.05;

    private ChainModel() {}
}
