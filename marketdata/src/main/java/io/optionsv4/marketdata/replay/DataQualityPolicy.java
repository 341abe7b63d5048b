package io.optionsv4.marketdata.replay;

import io.optionsv4.core.result.Checks;

/**
 * When an NSE file is refused rather than read with some rows left out.
 *
 * <p>A bhavcopy is refused (the command exits 3) when its rejected rows exceed {@code malformedAllowance} plus {@code
 * maxMalformedShare} of its rows; when its last line is incomplete (no line end: a cut-off download); when it has
 * fewer underlyings than the previous day's file of its kind by more than {@code maxSymbolDrop} (F&amp;O: the
 * underlyings with options; cash: the EQ rows); or when two rows for the same contract, symbol or date disagree. An
 * index history ({@code nifty50.csv}, {@code indiavix.csv}) rejects no row silently: a rejected row whose date can be
 * read makes that date an error naming the file and line.
 *
 * @param malformedAllowance rejected rows accepted whatever the file's size, {@code >= 0}
 * @param maxMalformedShare share of the rows that may be rejected beyond the allowance, in [0, 1]
 * @param maxSymbolDrop largest accepted fall in underlyings against the previous day, in [0, 1]
 */
public record DataQualityPolicy(int malformedAllowance, double maxMalformedShare, double maxSymbolDrop) {

    /**
     * The default: 10 rows plus 1 % rejected at most; at most 10 % fewer underlyings than the previous day (the F&amp;O
     * list changes by a few names a month; NSE's EQ list by a few dozen of about 1,900).
     */
    public static final DataQualityPolicy DEFAULT = new DataQualityPolicy(10, 0.01, 0.10);

    /** Refuses a file at its first rejected row. */
    public static final DataQualityPolicy STRICT = new DataQualityPolicy(0, 0, 0.10);

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException for a negative allowance or a share outside [0, 1]
     */
    public DataQualityPolicy {
        Checks.argument(malformedAllowance >= 0, "malformedAllowance must be >= 0 but was " + malformedAllowance);
        Checks.argument(
                maxMalformedShare >= 0 && maxMalformedShare <= 1,
                "maxMalformedShare must be in [0, 1] but was " + maxMalformedShare);
        Checks.argument(
                maxSymbolDrop >= 0 && maxSymbolDrop <= 1, "maxSymbolDrop must be in [0, 1] but was " + maxSymbolDrop);
    }

    /** Returns true when {@code rejected} of {@code rows} rows is more than the file may have. */
    boolean tooMany(int rejected, int rows) {
        return rejected > malformedAllowance + maxMalformedShare * rows;
    }
}
