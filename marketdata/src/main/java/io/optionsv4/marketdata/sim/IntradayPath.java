package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One underlying's price through one session, consistent with the session's candle: it starts at the open at 09:15
 * IST, touches the high and the low at drawn minutes, ends at the close at 15:30 and never leaves [low, high]. Built on
 * a one-minute grid as Brownian bridges (in log price, with the candle's Parkinson variance) between those four
 * fixed points, clamped to the range; between minutes the price is interpolated linearly. Drawn from (seed, symbol,
 * session), so the path does not depend on which instants are asked for. Immutable.
 */
final class IntradayPath {

    /** Session open, Asia/Kolkata. */
    static final LocalTime OPEN = LocalTime.of(9, 15);

    /** Minutes from the open to the 15:30 close. */
    static final int MINUTES = 375;

    private final Instant open;
    private final double[] logPrice;

    IntradayPath(LocalDate session, Candle candle, RandomStream stream) {
        this.open = session.atTime(OPEN).atZone(TimeToExpiry.ZONE).toInstant();
        double lo = Math.log(candle.low());
        double hi = Math.log(candle.high());
        double variance = (hi - lo) * (hi - lo) / (4 * Math.log(2));
        int tHigh = 1 + (int) (stream.uniform(0) * (MINUTES - 1));
        int tLow = 1 + (int) (stream.uniform(1) * (MINUTES - 1));
        if (tLow == tHigh) {
            tLow = tHigh == MINUTES - 1 ? tHigh - 1 : tHigh + 1;
        }
        int[] times = {0, Math.min(tHigh, tLow), Math.max(tHigh, tLow), MINUTES};
        double[] values = {
            Math.log(candle.open()), tHigh < tLow ? hi : lo, tHigh < tLow ? lo : hi, Math.log(candle.close())
        };
        double[] walk = new double[MINUTES + 1];
        double scale = Math.sqrt(variance / MINUTES);
        for (int i = 1; i <= MINUTES; i++) {
            walk[i] = walk[i - 1] + scale * stream.gaussian(2 + i);
        }
        logPrice = new double[MINUTES + 1];
        for (int piece = 0; piece < 3; piece++) {
            int a = times[piece];
            int b = times[piece + 1];
            for (int i = a; i <= b; i++) {
                double w = b == a ? 0 : (i - a) / (double) (b - a);
                double bridge = walk[i] - walk[a] - w * (walk[b] - walk[a]);
                double value = values[piece] + w * (values[piece + 1] - values[piece]) + bridge;
                logPrice[i] = Math.min(hi, Math.max(lo, value));
            }
        }
        logPrice[times[1]] = values[1];
        logPrice[times[2]] = values[2];
        logPrice[MINUTES] = values[3];
        logPrice[0] = values[0];
    }

    /** Returns the price at {@code time}: the open before 09:15, the close from 15:30, interpolated in between. */
    double priceAt(Instant time) {
        double minutes = (time.getEpochSecond() - open.getEpochSecond() + time.getNano() * 1e-9) / 60.0;
        if (minutes <= 0) {
            return Math.exp(logPrice[0]);
        }
        if (minutes >= MINUTES) {
            return Math.exp(logPrice[MINUTES]);
        }
        int i = (int) Math.floor(minutes);
        double w = minutes - i;
        return Math.exp(logPrice[i] + w * (logPrice[i + 1] - logPrice[i]));
    }
}
