package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one underlying's daily path over one calendar year, between the year-end closes of {@link YearEndLevels}.
 *
 * <p>NIFTY: log-volatility {@code h} is an AR(1) (Ornstein–Uhlenbeck) process with daily coefficient
 * {@value Calibration#MARKET_LOG_VOL_AR1}, its shock correlated {@value Calibration#LEVERAGE} with the return shock,
 * bridged exactly (Gaussian conditioning) to the year-end draws; vol {@code σ = σ̄·e^{h − sd²}}; the log return adds
 * Poisson jumps. A stock's log return is {@code β·r_NIFTY} plus a sector factor (shared by the sector's stocks, its vol
 * scaled with NIFTY's) plus an idiosyncratic diffusion with its own log-vol factor and jumps. Each path's daily returns
 * are then shifted by a constant so the year ends on its year-end level (a Brownian bridge). Candles: part of the day's
 * move happens overnight (the open), high and low are draws of the maximum and minimum of a Brownian bridge from open
 * to close, volume is log-normal around the median and grows with the size of the move. Every number is drawn from
 * {@code (seed, symbol or sector, session date)}. Stateless apart from its collaborators; thread-safe.
 */
final class PathSimulator {

    private static final double DT = 1.0 / Calibration.SESSIONS_PER_YEAR;
    private static final double OVERNIGHT_SHARE_OF_MOVE = 0.3;
    private static final double OVERNIGHT_VARIANCE_SHARE = 0.15;
    private static final double INTRADAY_VARIANCE_SHARE = 0.85;
    private static final double VOLUME_LOG_SD = 0.35;

    private final RandomStream root;
    private final SessionCalendar calendar;
    private final YearEndLevels levels;

    PathSimulator(RandomStream root, SessionCalendar calendar, YearEndLevels levels) {
        this.root = root;
        this.calendar = calendar;
        this.levels = levels;
    }

    /** Simulates NIFTY's year. */
    YearPath market(SymbolProfile nifty, int year) {
        List<LocalDate> sessions = calendar.sessionsOf(year);
        int n = sessions.size();
        RandomStream stream = root.child(nifty.symbol());
        double[] z = new double[n];
        double[] volShock = new double[n];
        double rho = Calibration.LEVERAGE;
        for (int t = 0; t < n; t++) {
            RandomStream day = stream.child(sessions.get(t));
            z[t] = day.gaussian(0);
            volShock[t] = rho * z[t] + Math.sqrt(1 - rho * rho) * day.gaussian(1);
        }
        double sd = Calibration.MARKET_LOG_VOL_SD;
        double[] h = ouBridge(
                levels.volFactor(nifty, year - 1),
                levels.volFactor(nifty, year),
                Calibration.MARKET_LOG_VOL_AR1,
                sd,
                volShock);
        double[] variance = new double[n];
        double[] returns = new double[n];
        for (int t = 0; t < n; t++) {
            double vol = Calibration.MARKET_VOL * Math.exp(h[t] - sd * sd);
            variance[t] = vol * vol;
            returns[t] =
                    -0.5 * variance[t] * DT + vol * Math.sqrt(DT) * z[t] + jump(stream.child(sessions.get(t)), true);
        }
        return build(nifty, year, sessions, returns, variance);
    }

    /** Simulates a stock's (or a non-NIFTY index's) year given NIFTY's path of the same year. */
    YearPath stock(SymbolProfile profile, YearPath market, int year) {
        List<LocalDate> sessions = market.sessions();
        int n = sessions.size();
        RandomStream stream = root.child(profile.symbol());
        RandomStream sector = root.child("sector:" + profile.sector());
        double[] idioShock = new double[n];
        double[] volShock = new double[n];
        for (int t = 0; t < n; t++) {
            RandomStream day = stream.child(sessions.get(t));
            idioShock[t] = day.gaussian(0);
            volShock[t] = day.gaussian(1);
        }
        double sd = Calibration.IDIO_LOG_VOL_SD;
        double[] h = ouBridge(
                levels.volFactor(profile, year - 1),
                levels.volFactor(profile, year),
                Calibration.MARKET_LOG_VOL_AR1,
                sd,
                volShock);
        double[] variance = new double[n];
        double[] returns = new double[n];
        for (int t = 0; t < n; t++) {
            double marketRatio = Math.sqrt(market.variance(t)) / Calibration.MARKET_VOL;
            double sectorVol = profile.sectorVol() * marketRatio;
            double idioVol = profile.idioVol() * Math.exp(h[t] - sd * sd) * Math.sqrt(marketRatio);
            double marketReturn = Math.log(market.rawClose(t) / market.rawPreviousClose(t));
            double own = sectorVol * sectorVol + idioVol * idioVol;
            variance[t] = profile.beta() * profile.beta() * market.variance(t) + own;
            returns[t] = profile.beta() * marketReturn
                    - 0.5 * own * DT
                    + Math.sqrt(DT) * (sectorVol * sector.child(sessions.get(t)).gaussian(0) + idioVol * idioShock[t])
                    + (profile.index() ? 0 : jump(stream.child(sessions.get(t)), false));
        }
        return build(profile, year, sessions, returns, variance);
    }

    private double jump(RandomStream day, boolean market) {
        double perYear = market ? Calibration.MARKET_JUMPS_PER_YEAR : Calibration.IDIO_JUMPS_PER_YEAR;
        if (day.uniform(2) >= perYear * DT) {
            return 0;
        }
        return market
                ? Calibration.MARKET_JUMP_MEAN + Calibration.MARKET_JUMP_SD * day.gaussian(3)
                : Calibration.IDIO_JUMP_SD * day.gaussian(3);
    }

    /**
     * An AR(1) path {@code h_t = φ·h_{t−1} + sd·√(1−φ²)·ε_t} from {@code start}, conditioned to end at {@code end}:
     * the free path plus {@code Cov(h_t, h_n)/Var(h_n)·(end − h_n)}, which for this process is
     * {@code φ^{n−t}·(1 − φ^{2t})/(1 − φ^{2n})} with t counted in steps from the start.
     */
    static double[] ouBridge(double start, double end, double phi, double sd, double[] shocks) {
        int n = shocks.length;
        double[] h = new double[n];
        double scale = sd * Math.sqrt(1 - phi * phi);
        double previous = start;
        for (int t = 0; t < n; t++) {
            h[t] = phi * previous + scale * shocks[t];
            previous = h[t];
        }
        if (n == 0) {
            return h;
        }
        double miss = end - h[n - 1];
        double denominator = 1 - Math.pow(phi, 2.0 * n);
        for (int t = 0; t < n; t++) {
            int steps = t + 1;
            h[t] += Math.pow(phi, n - steps) * (1 - Math.pow(phi, 2.0 * steps)) / denominator * miss;
        }
        return h;
    }

    private YearPath build(SymbolProfile profile, int year, List<LocalDate> sessions, double[] r, double[] var) {
        int n = sessions.size();
        double start = Math.exp(levels.logClose(profile, year - 1));
        double target = levels.logClose(profile, year) - Math.log(start);
        double sum = 0;
        for (double x : r) {
            sum += x;
        }
        double shift = n == 0 ? 0 : (target - sum) / n;
        double[] closes = new double[n];
        List<Candle> candles = new ArrayList<>(n);
        double level = start;
        double tick = profile.index() ? 0.01 : 0.05;
        double rounded = round(start, tick);
        RandomStream stream = root.child(profile.symbol()).child("candle");
        for (int t = 0; t < n; t++) {
            double move = r[t] + shift;
            level *= Math.exp(move);
            closes[t] = level;
            RandomStream day = stream.child(sessions.get(t));
            Candle candle = candle(sessions.get(t), rounded, level, var[t] * DT, move, day, profile, tick);
            candles.add(candle);
            rounded = candle.close();
        }
        return new YearPath(sessions, candles, closes, var, start);
    }

    private static Candle candle(
            LocalDate date,
            double previous,
            double close,
            double dailyVariance,
            double move,
            RandomStream day,
            SymbolProfile profile,
            double tick) {
        double c = round(close, tick);
        double gap = OVERNIGHT_SHARE_OF_MOVE * Math.log(c / previous)
                + Math.sqrt(OVERNIGHT_VARIANCE_SHARE * dailyVariance) * day.gaussian(0);
        double open = round(previous * Math.exp(gap), tick);
        double intraday = Math.log(c / open);
        double v = INTRADAY_VARIANCE_SHARE * dailyVariance;
        double up = 0.5 * (intraday + Math.sqrt(intraday * intraday - 2 * v * Math.log(day.uniform(1))));
        double down = 0.5 * (intraday - Math.sqrt(intraday * intraday - 2 * v * Math.log(day.uniform(2))));
        double high = Math.max(Math.max(open, c), round(open * Math.exp(up), tick));
        double low = Math.max(tick, Math.min(Math.min(open, c), round(open * Math.exp(down), tick)));
        double surprise = Math.abs(move) / Math.sqrt(dailyVariance);
        double volume = profile.medianVolume()
                * Math.exp(VOLUME_LOG_SD * day.gaussian(3) - 0.5 * VOLUME_LOG_SD * VOLUME_LOG_SD)
                * (0.6 + 0.5 * surprise);
        return new Candle(date, open, high, low, c, Math.round(volume));
    }

    /** Rounds a price to the tick grid, never below one tick. */
    static double round(double price, double tick) {
        long ticks = Math.max(1, Math.round(price / tick));
        return tick == 0.05 ? ticks / 20.0 : ticks / 100.0;
    }
}
