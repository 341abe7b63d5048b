package io.optionsv4.core.analysis;

/** What an underlying's analysis rests on. */
public enum AnalysisBasis {
    /** Its daily price history and its option chains: every part of the analysis. */
    PRICE_HISTORY_AND_CHAINS,
    /**
     * Its daily price history without traded volume, and its option chains (an index whose daily file carries no
     * volume, e.g. NIFTY in the Yahoo file before 21 Jan 2013): every part of the analysis but the volume profile, so
     * no value area; the levels are swing points, round numbers, OI walls and max pain.
     */
    PRICE_HISTORY_WITHOUT_VOLUME,
    /**
     * Its option chains alone (an index the data source has no daily history of, e.g. BANKNIFTY in the 2020 replay):
     * the spot from the nearest expiry's forward (future or put-call parity), no trend, no realised volatility, no
     * swing levels or volume profile; IV, expected moves, put/call ratio, max pain and OI walls as usual.
     */
    CHAINS_ONLY
}
