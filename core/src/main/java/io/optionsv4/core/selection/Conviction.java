package io.optionsv4.core.selection;

/** How strongly the ranking backs a recommendation, as the original's confidence levels. */
public enum Conviction {
    /** Barely passed the filters: a total score below 30. */
    VERY_LOW,
    /** A total score from 30 to below 45. */
    LOW,
    /** A total score from 45 to below 65. */
    MEDIUM,
    /** A total score from 65 to below 80. */
    HIGH,
    /** A total score of 80 or more. */
    VERY_HIGH;

    /**
     * Returns the band of a total score (0-100): VERY_HIGH &gt;= 80, HIGH &gt;= 65, MEDIUM &gt;= 45, LOW &gt;= 30, else
     * VERY_LOW.
     *
     * @throws IllegalArgumentException when {@code score} is NaN
     */
    public static Conviction of(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number but was NaN");
        }
        if (score >= 80) {
            return VERY_HIGH;
        }
        if (score >= 65) {
            return HIGH;
        }
        if (score >= 45) {
            return MEDIUM;
        }
        return score >= 30 ? LOW : VERY_LOW;
    }
}
