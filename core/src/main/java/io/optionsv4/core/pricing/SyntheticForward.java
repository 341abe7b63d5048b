package io.optionsv4.core.pricing;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The forward price of one expiry implied by put–call parity on its option chain, for expiries that have no listed
 * future (NSE weekly expiries) and to avoid guessing a dividend yield. The forward feeds {@link Black76}.
 *
 * <p>Method. European put–call parity {@code C − P = DF·(F − K)} gives, per strike, {@code F_i = K_i + (C_i −
 * P_i)/DF}. Only strikes where both the call and the put have a positive price and whose {@code F_i} is positive and
 * finite are used. The strike where {@code |C − P|} is smallest is the one nearest the money; the {@code maxStrikes}
 * usable strikes nearest to it (by strike distance, the lower strike first on a tie) are taken, because near-the-money
 * quotes are the most liquid and have the tightest spreads. The estimate is the median of their {@code F_i} (the mean
 * of the two middle values for an even count), so one stale or crossed quote cannot move it; the spread
 * {@code max F_i − min F_i} of the strikes used is reported as a quality measure.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticForward {

    /** How many near-the-money strikes {@link #estimate(List, double)} uses: enough for a median to reject one. */
    public static final int DEFAULT_STRIKES_USED = 3;

    private SyntheticForward() {}

    /**
     * Returns the forward implied by the {@link #DEFAULT_STRIKES_USED} usable strikes nearest the money.
     *
     * @param quotes call and put prices of one expiry, one entry per strike, in any order
     * @param discountFactor discount factor {@code e^{−rT}} to the expiry's settlement, {@code > 0}
     * @return the estimate, or empty when no strike has both a positive call and a positive put price
     * @throws IllegalArgumentException when {@code quotes} or one of its elements is null, or the discount factor is
     *     not a finite positive number
     */
    public static Optional<ForwardEstimate> estimate(List<ParityQuote> quotes, double discountFactor) {
        return estimate(quotes, discountFactor, DEFAULT_STRIKES_USED);
    }

    /**
     * Returns the forward implied by the {@code maxStrikes} usable strikes nearest the money (fewer when fewer are
     * usable).
     *
     * @param quotes call and put prices of one expiry, one entry per strike, in any order
     * @param discountFactor discount factor {@code e^{−rT}} to the expiry's settlement, {@code > 0}
     * @param maxStrikes the most strikes to take the median of, {@code > 0}
     * @return the estimate, or empty when no strike has both a positive call and a positive put price
     * @throws IllegalArgumentException when {@code quotes} or one of its elements is null, the discount factor is not a
     *     finite positive number, or {@code maxStrikes <= 0}
     */
    public static Optional<ForwardEstimate> estimate(List<ParityQuote> quotes, double discountFactor, int maxStrikes) {
        Checks.notNull(quotes, "quotes");
        Checks.positive(discountFactor, "discountFactor");
        Checks.positive(maxStrikes, "maxStrikes");
        List<ParityQuote> usable = new ArrayList<>(quotes.size());
        for (ParityQuote quote : quotes) {
            Checks.notNull(quote, "quote");
            if (quote.isTwoSided() && isUsableForward(impliedForward(quote, discountFactor))) {
                usable.add(quote);
            }
        }
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        double atTheMoneyStrike = usable.stream()
                .min(Comparator.comparingDouble(q -> Math.abs(q.callPrice() - q.putPrice())))
                .orElseThrow()
                .strike();
        double[] forwards = usable.stream()
                .sorted(Comparator.comparingDouble((ParityQuote q) -> Math.abs(q.strike() - atTheMoneyStrike))
                        .thenComparingDouble(ParityQuote::strike))
                .limit(maxStrikes)
                .mapToDouble(q -> impliedForward(q, discountFactor))
                .toArray();
        Arrays.sort(forwards);
        int n = forwards.length;
        double median = n % 2 == 1 ? forwards[n / 2] : 0.5 * (forwards[n / 2 - 1] + forwards[n / 2]);
        return Optional.of(new ForwardEstimate(median, n, forwards[n - 1] - forwards[0]));
    }

    private static boolean isUsableForward(double forward) {
        return forward > 0 && forward < Double.POSITIVE_INFINITY;
    }

    /** {@code K + (C − P)/DF}: the forward that makes this strike's quotes satisfy put–call parity. */
    private static double impliedForward(ParityQuote quote, double discountFactor) {
        return quote.strike() + (quote.callPrice() - quote.putPrice()) / discountFactor;
    }
}
