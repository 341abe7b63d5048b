package io.optionsv4.core.probability;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Figures at the first expiry of positions whose option legs expire on two dates (calendar and diagonal spreads).
 *
 * <p>At the first expiry, legs expiring then pay their intrinsic value and later legs are worth their
 * Black–Scholes–Merton value for the remaining time ({@link OptionLeg#yearsAfterFirstExpiry()}), at the model's rate
 * and dividend yield and at {@code laterAnnualVol} (the model's volatility unless given). The P&amp;L is smooth except
 * at the near strikes, so the figures are numerical:
 *
 * <ul>
 *   <li>the P&amp;L is sampled on {@value #GRID_POINTS} points uniform in log-price over {@code F exp(+-w)}, with
 *       {@code w = max(12 sigma sqrt(T), 3)}, plus every near strike;
 *   <li>breakevens: each sign change between neighbouring samples is refined by Brent's method to full precision (two
 *       zeros closer than a grid step, or a zero where the P&amp;L only touches 0, can be missed);
 *   <li>maximum profit and loss: unlimited when the net quantity of calls and underlying (the P&amp;L's slope for
 *       large prices, as at expiry) is positive or negative; otherwise the extremes over the samples (a calendar's
 *       loss approaches its net debit only far from the strike). A dividend yield makes a far call worth slightly less
 *       than {@code S - K} deep in the money; that second-order drift does not count as unlimited;
 *   <li>probability of profit: the exact lognormal mass of the intervals between breakevens where the P&amp;L is
 *       positive;
 *   <li>expected value: 16-point Gauss–Legendre in the standardized log-price {@code z} over {@code [-12, 12]},
 *       split at the near strikes and into pieces of width at most 0.25.
 * </ul>
 *
 * <p>Stateless and thread-safe. Over 400 lines because the P&amp;L at the first expiry is written twice on purpose:
 * {@link #valueAtFirstExpiry} one spot at a time (the expected-value integration and the breakevens' refinement ask
 * for single points, where an array per call would cost more than it saves) and {@code valuesAtFirstExpiry} on a grid
 * (the 4,001 samples, through {@code BlackScholesMerton.priceGrid}); side by side, their bit-for-bit equality (tested)
 * stays visible.
 */
public final class TwoExpiryAnalyzer {

    /** Number of log-spaced samples for breakevens and extremes. */
    public static final int GRID_POINTS = 4001;

    private static final double Z_LIMIT = 12;
    private static final double MAX_PIECE = 0.25;

    private TwoExpiryAnalyzer() {}

    /**
     * Returns the P&amp;L in rupees at the first expiry with the underlying at {@code spot}, later legs valued by
     * Black–Scholes–Merton at {@code laterAnnualVol}.
     */
    public static double valueAtFirstExpiry(
            List<? extends Leg> legs, double spot, ProbabilityModel model, double laterAnnualVol) {
        return valueAtFirstExpiry(legs, spot, model, leg -> laterAnnualVol);
    }

    /**
     * Returns the P&amp;L in rupees at the first expiry with the underlying at {@code spot}, each later leg valued by
     * Black–Scholes–Merton at its own volatility {@code laterLegVol.applyAsDouble(leg)} (for example from a smile).
     */
    public static double valueAtFirstExpiry(
            List<? extends Leg> legs, double spot, ProbabilityModel model, ToDoubleFunction<OptionLeg> laterLegVol) {
        double sum = 0;
        for (Leg leg : legs) {
            sum += switch (leg) {
                case OptionLeg o
                when !o.expiresFirst() ->
                    o.quantity()
                            * (BlackScholesMerton.price(
                                            o.right(),
                                            spot,
                                            o.strike(),
                                            o.yearsAfterFirstExpiry(),
                                            laterLegVol.applyAsDouble(o),
                                            model.rate(),
                                            model.dividendYield())
                                    - o.premiumPerUnit());
                default -> leg.pnlAtExpiry(spot);
            };
        }
        return sum;
    }

    /**
     * Fills {@code out[i]} with {@link #valueAtFirstExpiry(List, double, ProbabilityModel, ToDoubleFunction)
     * valueAtFirstExpiry(legs, spots[i], model, laterLegVol)} for every spot {@code i}: the same numbers, bit for bit
     * (each later leg priced on all the spots at once by {@link BlackScholesMerton#priceGrid}, its volatility asked
     * once; the legs summed per spot in the same order). Allocates one array of {@code spots.length} when a leg
     * expires later.
     */
    static void valuesAtFirstExpiry(
            List<? extends Leg> legs,
            double[] spots,
            ProbabilityModel model,
            ToDoubleFunction<OptionLeg> laterLegVol,
            double[] out) {
        int count = spots.length;
        Arrays.fill(out, 0, count, 0.0);
        double[] prices = null;
        for (Leg leg : legs) {
            switch (leg) {
                case OptionLeg o
                when !o.expiresFirst() -> {
                    if (prices == null) {
                        prices = new double[count];
                    }
                    BlackScholesMerton.priceGrid(
                            o.right(),
                            spots,
                            o.strike(),
                            o.yearsAfterFirstExpiry(),
                            laterLegVol.applyAsDouble(o),
                            model.rate(),
                            model.dividendYield(),
                            prices);
                    for (int i = 0; i < count; i++) {
                        out[i] += o.quantity() * (prices[i] - o.premiumPerUnit());
                    }
                }
                default -> {
                    for (int i = 0; i < count; i++) {
                        out[i] += leg.pnlAtExpiry(spots[i]);
                    }
                }
            }
        }
    }

    /** Returns the figures at the first expiry with later legs valued at the model's volatility. */
    public static StrategyFigures figures(List<? extends Leg> legs, ProbabilityModel model) {
        return figures(legs, model, model.annualVol());
    }

    /**
     * Returns the figures at the first expiry with later legs valued at {@code laterAnnualVol}.
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static StrategyFigures figures(List<? extends Leg> legs, ProbabilityModel model, double laterAnnualVol) {
        Checks.nonNegative(laterAnnualVol, "laterAnnualVol");
        return figures(legs, model, leg -> laterAnnualVol);
    }

    /**
     * Returns the figures at the first expiry with each later leg valued at its own volatility
     * {@code laterLegVol.applyAsDouble(leg)} (annualised, &gt;= 0).
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static StrategyFigures figures(
            List<? extends Leg> legs, ProbabilityModel model, ToDoubleFunction<OptionLeg> laterLegVol) {
        Checks.notNull(model, "model");
        return figures(legs, model, laterLegVol, model);
    }

    /**
     * Returns the figures at the first expiry with the underlying distributed as {@code distribution} (the near
     * expiry's smile; its model gives the rate, dividend yield and time) and every option leg at its own volatility
     * {@code legVol.applyAsDouble(leg)}: later legs are valued at it on the first expiry, and the expected value of the
     * legs expiring first is exact at it ({@link SmileDistribution#expectedPnl(List, ToDoubleFunction)}); the later
     * legs' value is integrated against the smile's density.
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static StrategyFigures figures(
            List<? extends Leg> legs, SmileDistribution distribution, ToDoubleFunction<OptionLeg> legVol) {
        Checks.notNull(distribution, "distribution");
        return figures(legs, distribution.model(), legVol, distribution);
    }

    /**
     * Returns the P&amp;L of {@code legs} at the first expiry sampled once under the smile's {@code distribution}, each
     * option leg at its own volatility {@code legVol.applyAsDouble(leg)}: its {@link Sampled#figures() figures} are
     * those of {@link #figures(List, SmileDistribution, ToDoubleFunction)}, and the figures of the same position with a
     * constant taken off every outcome (other entry premiums, costs) come from the same samples ({@link
     * Sampled#less(double)}) instead of a second pass.
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static Sampled sample(
            List<? extends Leg> legs, SmileDistribution distribution, ToDoubleFunction<OptionLeg> legVol) {
        Checks.notNull(distribution, "distribution");
        return new Sampled(legs, distribution.model(), legVol, distribution);
    }

    private static StrategyFigures figures(
            List<? extends Leg> legs,
            ProbabilityModel model,
            ToDoubleFunction<OptionLeg> laterLegVol,
            TerminalDistribution terminal) {
        return new Sampled(legs, model, laterLegVol, terminal).figures();
    }

    /**
     * The P&amp;L of a position at the first expiry, sampled once on the grid (see the class comment), with its
     * expected value. Immutable and thread-safe.
     */
    public static final class Sampled {

        private final List<? extends Leg> legs;
        private final ProbabilityModel model;
        private final ToDoubleFunction<OptionLeg> laterLegVol;
        private final TerminalDistribution terminal;
        private final double[] grid;
        private final double[] values;
        private final double max;
        private final double min;
        private final double slope;
        private final double expectedValue;

        private Sampled(
                List<? extends Leg> legs,
                ProbabilityModel model,
                ToDoubleFunction<OptionLeg> laterLegVol,
                TerminalDistribution terminal) {
            Checks.notNull(legs, "legs");
            Checks.argument(!legs.isEmpty(), "legs must not be empty: a payoff needs at least one leg");
            this.legs = List.copyOf(legs);
            this.model = Checks.notNull(model, "model");
            this.laterLegVol = Checks.notNull(laterLegVol, "laterLegVol");
            this.terminal = terminal;
            this.grid = grid(this.legs, model);
            this.values = new double[grid.length];
            valuesAtFirstExpiry(this.legs, grid, model, laterLegVol, values);
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < grid.length; i++) {
                highest = Math.max(highest, values[i]);
                lowest = Math.min(lowest, values[i]);
            }
            this.max = highest;
            this.min = lowest;
            this.slope = slopeForLargePrices(this.legs);
            this.expectedValue = switch (terminal) {
                case SmileDistribution smile -> expectedValue(this.legs, model, laterLegVol, smile);
                case ProbabilityModel lognormal -> expectedValue(this::pnl, this.legs, lognormal);
            };
        }

        /** Returns the P&amp;L in rupees at the first expiry with the underlying at {@code spot}. */
        public double pnl(double spot) {
            return valueAtFirstExpiry(legs, spot, model, laterLegVol);
        }

        /** Returns the position's figures at the first expiry. */
        public StrategyFigures figures() {
            return less(0.0);
        }

        /**
         * Returns the figures of the position with {@code rupees} taken off the P&amp;L in every outcome (a negative
         * amount adds): maximum profit, loss and expected value shifted by it, breakevens and probability of profit
         * where the shifted P&amp;L changes sign, from the same samples.
         */
        public StrategyFigures less(double rupees) {
            Checks.argument(Double.isFinite(rupees), () -> "rupees must be finite but was " + rupees);
            DoubleUnaryOperator shifted = rupees == 0.0 ? this::pnl : s -> pnl(s) - rupees;
            double[] shiftedValues = values;
            if (rupees != 0.0) {
                shiftedValues = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    shiftedValues[i] = values[i] - rupees;
                }
            }
            List<Double> breakevens = breakevens(shifted, grid, shiftedValues);
            return new StrategyFigures(
                    slope > 0 ? Amount.UNLIMITED : Amount.of(max - rupees),
                    slope < 0 ? Amount.UNLIMITED : Amount.of(rupees - min),
                    breakevens,
                    probabilityOfProfit(shifted, breakevens, grid, terminal),
                    expectedValue - rupees);
        }
    }

    /**
     * Returns the sample points: {@value #GRID_POINTS} uniform in log-price over {@code F exp(+-w)} and every option
     * leg's strike, ascending, each once.
     */
    private static double[] grid(List<? extends Leg> legs, ProbabilityModel model) {
        double forward = model.forward();
        double width = Math.max(Z_LIMIT * model.logStdDev(), 3.0);
        double[] points = new double[GRID_POINTS + legs.size()];
        int n = 0;
        for (int i = 0; i < GRID_POINTS; i++) {
            points[n++] = forward * Math.exp(-width + 2 * width * i / (GRID_POINTS - 1));
        }
        for (Leg leg : legs) {
            if (leg instanceof OptionLeg o) {
                points[n++] = o.strike();
            }
        }
        Arrays.sort(points, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || Double.compare(points[i], points[distinct - 1]) != 0) {
                points[distinct++] = points[i];
            }
        }
        return Arrays.copyOf(points, distinct);
    }

    private static List<Double> breakevens(DoubleUnaryOperator pnl, double[] grid, double[] values) {
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            if (values[i] == 0) {
                zeros.add(grid[i]);
            } else if (i + 1 < grid.length
                    && values[i + 1] != 0
                    && Math.signum(values[i]) != Math.signum(values[i + 1])) {
                zeros.add(RootFinder.brent(pnl, grid[i], grid[i + 1], values[i], values[i + 1]));
            }
        }
        return List.copyOf(zeros);
    }

    private static double slopeForLargePrices(List<? extends Leg> legs) {
        double slope = 0;
        for (Leg leg : legs) {
            slope += switch (leg) {
                case OptionLeg o when !o.right().isCall() -> 0.0;
                case OptionLeg o -> o.quantity();
                case UnderlyingLeg u -> u.quantity();
            };
        }
        return slope;
    }

    private static double probabilityOfProfit(
            DoubleUnaryOperator pnl, List<Double> breakevens, double[] grid, TerminalDistribution model) {
        double forward = model.forward();
        if (model.isDeterministic()) {
            return pnl.applyAsDouble(forward) > 0 ? 1.0 : 0.0;
        }
        List<Double> ends = new ArrayList<>();
        ends.add(0.0);
        ends.addAll(breakevens);
        ends.add(Double.POSITIVE_INFINITY);
        double sum = 0;
        for (int i = 0; i + 1 < ends.size(); i++) {
            double lower = ends.get(i);
            double upper = ends.get(i + 1);
            if (upper > lower && pnl.applyAsDouble(inside(lower, upper, grid)) > 0) {
                sum += model.probabilityBetween(lower, upper);
            }
        }
        return Math.min(Math.max(sum, 0.0), 1.0);
    }

    private static double inside(double lower, double upper, double[] grid) {
        if (lower == 0) {
            return Math.min(grid[0], 0.5 * upper);
        }
        if (upper == Double.POSITIVE_INFINITY) {
            return Math.max(grid[grid.length - 1], 2 * lower);
        }
        return Math.sqrt(lower * upper);
    }

    /**
     * Returns E[P&amp;L] under the smile: the legs expiring first exactly at their own volatilities, the later legs'
     * value at the first expiry integrated against the smile's density over {@code z} in [-12, 12] of the widest
     * volatility of the smile.
     */
    private static double expectedValue(
            List<? extends Leg> legs,
            ProbabilityModel model,
            ToDoubleFunction<OptionLeg> laterLegVol,
            SmileDistribution smile) {
        List<Leg> first = new ArrayList<>();
        List<OptionLeg> later = new ArrayList<>();
        for (Leg leg : legs) {
            if (leg instanceof OptionLeg o && !o.expiresFirst()) {
                later.add(o);
            } else {
                first.add(leg);
            }
        }
        double sum = smile.expectedPnl(first, laterLegVol);
        if (later.isEmpty()) {
            return sum;
        }
        DoubleUnaryOperator laterValue = x -> valueAtFirstExpiry(later, x, model, laterLegVol);
        if (smile.isDeterministic()) {
            return sum + laterValue.applyAsDouble(smile.forward());
        }
        double s = Math.max(model.logStdDev(), smile.smile().maxVol() * Math.sqrt(model.yearsToExpiry()));
        double mean = Math.log(smile.forward()) - 0.5 * s * s;
        DoubleUnaryOperator integrand = z -> {
            double x = Math.exp(mean + s * z);
            return laterValue.applyAsDouble(x) * smile.density(x) * x * s;
        };
        int pieces = (int) Math.ceil(2 * Z_LIMIT / MAX_PIECE);
        double width = 2 * Z_LIMIT / pieces;
        for (int k = 0; k < pieces; k++) {
            sum += GaussLegendre.integrate(integrand, -Z_LIMIT + k * width, -Z_LIMIT + (k + 1) * width);
        }
        return sum;
    }

    private static double expectedValue(DoubleUnaryOperator pnl, List<? extends Leg> legs, ProbabilityModel model) {
        if (model.isDeterministic()) {
            return pnl.applyAsDouble(model.forward());
        }
        double mean = model.logMean();
        double s = model.logStdDev();
        TreeSet<Double> cuts = new TreeSet<>(List.of(-Z_LIMIT, Z_LIMIT));
        legs.stream()
                .filter(l -> l instanceof OptionLeg o && o.expiresFirst())
                .mapToDouble(l -> model.standardized(((OptionLeg) l).strike()))
                .filter(z -> Math.abs(z) < Z_LIMIT)
                .forEach(cuts::add);
        DoubleUnaryOperator integrand = z -> pnl.applyAsDouble(Math.exp(mean + s * z)) * NormalDistribution.pdf(z);
        double sum = 0;
        Double previous = null;
        for (double cut : cuts) {
            if (previous != null) {
                int pieces = (int) Math.ceil((cut - previous) / MAX_PIECE);
                double width = (cut - previous) / pieces;
                for (int k = 0; k < pieces; k++) {
                    sum += GaussLegendre.integrate(integrand, previous + k * width, previous + (k + 1) * width);
                }
            }
            previous = cut;
        }
        return sum;
    }
}
