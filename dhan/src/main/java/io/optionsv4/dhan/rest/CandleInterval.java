package io.optionsv4.dhan.rest;

/** The candle lengths Dhan's intraday endpoint serves ({@code interval} of {@code /charts/intraday}). */
public enum CandleInterval {
    ONE_MINUTE(1),
    FIVE_MINUTES(5),
    FIFTEEN_MINUTES(15),
    TWENTY_FIVE_MINUTES(25),
    SIXTY_MINUTES(60);

    private final int minutes;

    CandleInterval(int minutes) {
        this.minutes = minutes;
    }

    /** Returns the candle length in minutes, the value sent to Dhan. */
    public int minutes() {
        return minutes;
    }
}
