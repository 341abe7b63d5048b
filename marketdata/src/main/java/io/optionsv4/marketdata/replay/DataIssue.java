package io.optionsv4.marketdata.replay;

/** Why a row of an NSE file was rejected: the keys of the counts in a {@link DataQualityReport}. */
public enum DataIssue {
    /** The row has another number of fields than the header. */
    FIELD_COUNT,
    /** A required field is empty. */
    EMPTY_FIELD,
    /** A number field is not a plain decimal (hex, suffix, NaN, Infinity, text). */
    NOT_A_NUMBER,
    /** A count field is not a whole number. */
    NOT_A_WHOLE_NUMBER,
    /** A date field is not a real date in the file's format. */
    BAD_DATE,
    /** The fields parse but do not make a valid row (a high below the close, a zero close, an unknown kind). */
    INVALID_VALUE,
    /** The row repeats an earlier row exactly. */
    DUPLICATE
}
