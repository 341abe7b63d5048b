package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * India VIX of the simulated market: NIFTY's 30-day ATM implied vol in points times its own log-normal noise, so it
 * follows NIFTY's volatility factor (and, through the leverage effect, rises when NIFTY falls). Close {@code
 * 100·σ_ATM(30 d)·e^{s·z − s²/2}} with {@code s} = {@value Calibration#VIX_NOISE_SD}; open from the previous session's
 * level with its own noise; high and low a little beyond the open and close. Volume 0, as in the real history.
 * Stateless; thread-safe.
 */
final class IndiaVixSimulator {

    /** The horizon India VIX measures: 30 calendar days. */
    static final double HORIZON_YEARS = 30 / 365.0;

    private static final double RANGE_SD = 0.03;

    private final RandomStream stream;
    private final SessionCalendar calendar;
    private final Function<LocalDate, SmileSurface> niftySurface;

    IndiaVixSimulator(RandomStream root, SessionCalendar calendar, Function<LocalDate, SmileSurface> niftySurface) {
        this.stream = root.child("INDIA VIX");
        this.calendar = calendar;
        this.niftySurface = niftySurface;
    }

    /** Returns India VIX's close on {@code session}, in points. */
    double close(LocalDate session) {
        double s = Calibration.VIX_NOISE_SD;
        double noise = Math.exp(s * stream.child(session).gaussian(0) - 0.5 * s * s);
        return round(100 * niftySurface.apply(session).atmVol(HORIZON_YEARS) * noise);
    }

    /** Returns India VIX's candle of {@code session}. */
    Candle candle(LocalDate session) {
        RandomStream day = stream.child(session);
        double close = close(session);
        double previous = close(calendar.previousSession(session));
        double open = round(previous * Math.exp(Calibration.VIX_NOISE_SD * day.gaussian(1)));
        double high = round(Math.max(open, close) * Math.exp(RANGE_SD * Math.abs(day.gaussian(2))));
        double low = round(Math.min(open, close) * Math.exp(-RANGE_SD * Math.abs(day.gaussian(3))));
        return new Candle(
                session, open, Math.max(high, Math.max(open, close)), Math.min(low, Math.min(open, close)), close, 0);
    }

    private static double round(double points) {
        return Math.max(0.01, Math.rint(points * 100) / 100);
    }
}
