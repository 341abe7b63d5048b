package io.optionsv4.core.analysis;

/**
 * The daily indicators the trend analysis reads, each with the candles it needs before its value means anything
 * (its warm-up): one more than ta4j's count of unstable bars for the indicator. All are computed by ta4j ({@code
 * org.ta4j.core.indicators}); the periods are the usual defaults. Wilder-smoothed indicators (RSI, ADX, ATR) keep
 * converging for several periods after the warm-up, as in every implementation seeded from the first bars.
 */
public enum IndicatorKind {
    /** Exponential moving average of the close over 9 days (rupees). */
    EMA_9("EMA 9", 10),
    /** Exponential moving average of the close over 21 days (rupees). */
    EMA_21("EMA 21", 22),
    /** Exponential moving average of the close over 50 days (rupees). */
    EMA_50("EMA 50", 51),
    /** Exponential moving average of the close over 200 days (rupees). */
    EMA_200("EMA 200", 201),
    /** Wilder's relative strength index over 14 days, 0–100. */
    RSI_14("RSI 14", 15),
    /** Wilder's average directional index over 14 days (ADX smoothing 14), 0–100. */
    ADX_14("ADX 14", 30),
    /** Plus directional indicator +DI over 14 days, 0–100. */
    PLUS_DI_14("+DI 14", 16),
    /** Minus directional indicator −DI over 14 days, 0–100. */
    MINUS_DI_14("-DI 14", 16),
    /** MACD line: EMA 12 minus EMA 26 of the close (rupees). */
    MACD("MACD 12/26", 27),
    /** MACD signal line: EMA 9 of the MACD line (rupees). */
    MACD_SIGNAL("MACD signal 9", 36),
    /** MACD histogram: MACD line minus signal line (rupees). */
    MACD_HISTOGRAM("MACD histogram", 36),
    /** Wilder's average true range over 14 days (rupees). */
    ATR_14("ATR 14", 15);

    private final String label;
    private final int requiredCandles;

    IndicatorKind(String label, int requiredCandles) {
        this.label = label;
        this.requiredCandles = requiredCandles;
    }

    /** Returns the name shown to traders, e.g. {@code "RSI 14"}. */
    public String label() {
        return label;
    }

    /** Returns the daily candles the indicator needs before it is reported (its warm-up), {@code > 0}. */
    public int requiredCandles() {
        return requiredCandles;
    }
}
