package io.optionsv4.marketdata.replay;

/** One contract row of an F&amp;O bhavcopy that the replay keeps: an {@link OptionRow} or a {@link FutureRow}. */
sealed interface FoRow permits OptionRow, FutureRow {

    /** Returns the underlying symbol. */
    String symbol();
}
