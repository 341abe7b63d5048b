package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact P&amp;L at expiry of legs that all expire together, as a continuous piecewise-linear function of the
 * underlying's price {@code S >= 0}.
 *
 * <p>The function is held by its nodes: {@code 0} and every distinct strike, ascending, with the P&amp;L at each, plus
 * the slope to the right of the highest strike (the sum of the call and underlying quantities). Between nodes it is
 * linear. The underlying cannot fall below 0, so the left side is always bounded and evaluated at {@code S = 0}.
 *
 * <p>Node values within {@value #ZERO_TOLERANCE} times the position's natural scale (sum of |quantity| times (strike or
 * entry price plus premium)) of zero are snapped to exactly zero, so that round-off does not invent or hide breakevens.
 *
 * <p>Immutable and thread-safe.
 */
public final class PayoffProfile {

    /** Relative size below which a node's P&amp;L counts as exactly zero. */
    public static final double ZERO_TOLERANCE = 1e-12;

    private final double[] nodes;
    private final double[] values;
    private final double slopeRight;
    private final double slopeLeft;

    private PayoffProfile(double[] nodes, double[] values, double slopeRight, double slopeLeft) {
        this.nodes = nodes;
        this.values = values;
        this.slopeRight = slopeRight;
        this.slopeLeft = slopeLeft;
    }

    /**
     * Returns the expiry payoff of {@code legs}.
     *
     * @throws IllegalArgumentException when there are no legs, or an option leg expires after the first expiry (use
     *     {@link TwoExpiryAnalyzer} for those)
     */
    public static PayoffProfile of(List<? extends Leg> legs) {
        Checks.notNull(legs, "legs");
        Checks.argument(!legs.isEmpty(), "legs must not be empty: a payoff needs at least one leg");
        double scale = 0;
        double slope = 0;
        double slopeLeft = 0;
        for (Leg leg : legs) {
            Checks.notNull(leg, "leg");
            switch (leg) {
                case OptionLeg o -> {
                    Checks.argument(
                            o.expiresFirst(),
                            "every option leg must expire at the first expiry for an expiry payoff but " + o
                                    + " expires later");
                    scale += Math.abs(o.quantity()) * (o.strike() + o.premiumPerUnit());
                    slope += o.right().isCall() ? o.quantity() : 0;
                    slopeLeft -= o.right().isCall() ? 0 : o.quantity();
                }
                case UnderlyingLeg u -> {
                    scale += Math.abs(u.quantity()) * u.entryPrice();
                    slope += u.quantity();
                    slopeLeft += u.quantity();
                }
            }
        }
        double[] nodes = legs.stream()
                .filter(OptionLeg.class::isInstance)
                .mapToDouble(l -> ((OptionLeg) l).strike())
                .distinct()
                .sorted()
                .toArray();
        double[] withZero = new double[nodes.length + 1];
        System.arraycopy(nodes, 0, withZero, 1, nodes.length);
        double[] values = new double[withZero.length];
        double tolerance = ZERO_TOLERANCE * scale;
        for (int i = 0; i < withZero.length; i++) {
            double x = withZero[i];
            double v = legs.stream().mapToDouble(l -> l.pnlAtExpiry(x)).sum();
            values[i] = Math.abs(v) <= tolerance ? 0.0 : v;
        }
        return new PayoffProfile(withZero, values, slope, slopeLeft);
    }

    /** Returns the P&amp;L in rupees with the underlying at {@code spotAtExpiry} (&gt;= 0) at expiry. */
    public double valueAt(double spotAtExpiry) {
        Checks.nonNegative(spotAtExpiry, "spotAtExpiry");
        int last = nodes.length - 1;
        if (spotAtExpiry >= nodes[last]) {
            return values[last] + slopeRight * (spotAtExpiry - nodes[last]);
        }
        int i = Arrays.binarySearch(nodes, spotAtExpiry);
        if (i >= 0) {
            return values[i];
        }
        int upper = -i - 1;
        int lower = upper - 1;
        double w = (spotAtExpiry - nodes[lower]) / (nodes[upper] - nodes[lower]);
        return values[lower] + w * (values[upper] - values[lower]);
    }

    /** Returns the distinct strikes, ascending: the prices where the slope may change. */
    public List<Double> strikes() {
        return Arrays.stream(nodes, 1, nodes.length).boxed().toList();
    }

    /** Returns the P&amp;L per rupee of underlying move above the highest strike. */
    public double slopeAboveHighestStrike() {
        return slopeRight;
    }

    /** Returns the P&amp;L per rupee of underlying move below the lowest strike (between 0 and the lowest strike). */
    public double slopeBelowLowestStrike() {
        return slopeLeft;
    }

    /** Returns the largest P&amp;L: unlimited when the slope above the highest strike is positive. */
    public Amount maxProfit() {
        return slopeRight > 0
                ? Amount.UNLIMITED
                : Amount.of(Arrays.stream(values).max().orElseThrow());
    }

    /**
     * Returns the largest loss as a positive number (minus the smallest P&amp;L): unlimited when the slope above the
     * highest strike is negative. Negative when every outcome is a profit.
     */
    public Amount maxLoss() {
        return slopeRight < 0
                ? Amount.UNLIMITED
                : Amount.of(-Arrays.stream(values).min().orElseThrow() + 0.0);
    }

    /**
     * Returns every underlying price in {@code [0, infinity)} where the P&amp;L is zero, ascending.
     *
     * <p>Where the P&amp;L is identically zero on a whole segment, only the segment's end points are reported (for a
     * zero ray above the highest strike, that strike); the price {@code 0} is reported when the P&amp;L there is zero.
     */
    public List<Double> breakevens() {
        List<Double> zeros = new ArrayList<>();
        int last = nodes.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] == 0.0) {
                zeros.add(nodes[i]);
            } else if (Math.signum(values[i]) * Math.signum(values[i + 1]) < 0) {
                zeros.add(root(nodes[i], values[i], nodes[i + 1], values[i + 1]));
            }
        }
        if (values[last] == 0.0) {
            zeros.add(nodes[last]);
        } else if (Math.signum(values[last]) * Math.signum(slopeRight) < 0) {
            zeros.add(nodes[last] - values[last] / slopeRight);
        }
        return List.copyOf(zeros);
    }

    /**
     * Returns the disjoint ranges of underlying prices where the P&amp;L is strictly positive, ascending; adjacent
     * ranges are merged.
     */
    public List<PriceInterval> profitIntervals() {
        List<PriceInterval> out = new ArrayList<>();
        for (Segment s : segments()) {
            double a = s.lower();
            double ya = s.valueAtLower();
            if (s.upper() == Double.POSITIVE_INFINITY) {
                if (ya > 0 && s.slope() >= 0) {
                    add(out, a, Double.POSITIVE_INFINITY);
                } else if (ya > 0) {
                    add(out, a, a - ya / s.slope());
                } else if (s.slope() > 0) {
                    add(out, a - ya / s.slope(), Double.POSITIVE_INFINITY);
                }
                continue;
            }
            double b = s.upper();
            double yb = values[Arrays.binarySearch(nodes, b)];
            if (ya > 0 && yb > 0) {
                add(out, a, b);
            } else if (ya > 0) {
                add(out, a, yb == 0 ? b : root(a, ya, b, yb));
            } else if (yb > 0) {
                add(out, ya == 0 ? a : root(a, ya, b, yb), b);
            }
        }
        return List.copyOf(out);
    }

    /** Returns the payoff of the opposite position (every quantity negated). */
    public PayoffProfile negated() {
        double[] neg = Arrays.stream(values).map(v -> v == 0.0 ? 0.0 : -v).toArray();
        return new PayoffProfile(nodes, neg, -slopeRight + 0.0, -slopeLeft + 0.0);
    }

    /** Returns the linear pieces, left to right; the last is open to the right. */
    List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.length; i++) {
            double slope = (values[i + 1] - values[i]) / (nodes[i + 1] - nodes[i]);
            out.add(new Segment(nodes[i], nodes[i + 1], values[i], slope));
        }
        int last = nodes.length - 1;
        out.add(new Segment(nodes[last], Double.POSITIVE_INFINITY, values[last], slopeRight));
        return out;
    }

    private static void add(List<PriceInterval> out, double lower, double upper) {
        if (!(upper > lower)) {
            return;
        }
        if (!out.isEmpty() && out.getLast().upper() >= lower) {
            PriceInterval previous = out.removeLast();
            out.add(PriceInterval.of(previous.lower(), Math.max(previous.upper(), upper)));
        } else {
            out.add(PriceInterval.of(lower, upper));
        }
    }

    private static double root(double x0, double y0, double x1, double y1) {
        return x0 + (x1 - x0) * (y0 / (y0 - y1));
    }

    @Override
    public String toString() {
        return "PayoffProfile[nodes=" + Arrays.toString(nodes) + ", values=" + Arrays.toString(values)
                + ", slopeAboveHighestStrike=" + slopeRight + "]";
    }

    /**
     * One linear piece {@code P&L(S) = valueAtLower + slope (S - lower)} on {@code lower <= S <= upper}.
     *
     * @param lower left end
     * @param upper right end, possibly positive infinity
     * @param valueAtLower P&amp;L at the left end
     * @param slope P&amp;L per rupee of underlying
     */
    record Segment(double lower, double upper, double valueAtLower, double slope) {
        double valueAt(double spot) {
            return valueAtLower + slope * (spot - lower);
        }
    }
}
