package io.optionsv4.core.selection;

/**
 * How strongly the ranking backs a recommendation, as the original's confidence levels. The bands are calibrated
 * (issue 13, item 6; docs/strategy-ranking.md) so that on the 3 Jan 2020 replay and the simulated market about 10 % of
 * the kept strategies are HIGH or VERY_HIGH, 40 % MEDIUM and 50 % LOW or VERY_LOW.
 */
public enum Conviction {
    /** Barely passed the filters: a total score below 30. */
    VERY_LOW,
    /** A total score from 30 to below 41. */
    LOW,
    /** A total score from 41 to below 51. */
    MEDIUM,
    /** A total score from 51 to below 60. */
    HIGH,
    /** A total score of 60 or more. */
    VERY_HIGH;

    /** The lowest total score of {@link #VERY_HIGH}. */
    public static final double VERY_HIGH_FROM = 60;

    /** The lowest total score of {@link #HIGH}: about the 90th percentile of the kept strategies. */
    public static final double HIGH_FROM = 51;

    /** The lowest total score of {@link #MEDIUM}: about the median of the kept strategies. */
    public static final double MEDIUM_FROM = 42;

    /** The lowest total score of {@link #LOW}. */
    public static final double LOW_FROM = 30;

    /**
     * Returns the band of a total score (0-100): VERY_HIGH &gt;= 60, HIGH &gt;= 51, MEDIUM &gt;= 41, LOW &gt;= 30, else
     * VERY_LOW.
     *
     * @throws IllegalArgumentException when {@code score} is NaN
     */
    public static Conviction of(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number but was NaN");
        }
        if (score >= VERY_HIGH_FROM) {
            return VERY_HIGH;
        }
        if (score >= HIGH_FROM) {
            return HIGH;
        }
        if (score >= MEDIUM_FROM) {
            return MEDIUM;
        }
        return score >= LOW_FROM ? LOW : VERY_LOW;
    }
}
