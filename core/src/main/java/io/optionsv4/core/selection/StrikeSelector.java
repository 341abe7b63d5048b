package io.optionsv4.core.selection;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.strategy.ExpirySlot;
import io.optionsv4.core.strategy.LegTemplate;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrikeRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Snaps a {@link StrikePlan}'s target prices to listed strikes whose every contract the strategy trades there passes
 * the {@link LiquidityFilter}: the eligible strike nearest the target (the lower one on a tie) that keeps the strikes
 * strictly ascending. Butterflies with equal or broken wings choose the body nearest its target first, then the wings
 * that satisfy the {@link StrikeRule} on listed strikes, trying further bodies when a body has no such wings. One
 * instance serves one strategy on one pair of chains; each search is a scan of the chain's sorted rows.
 */
final class StrikeSelector {

    private static final double SAME_STRIKE = 1e-10;
    private static final double WING_MARGIN = 1e-7;

    private final LiquidityFilter filter;
    private final int lotSize;
    private final OptionChain near;
    private final OptionChain far;
    private final List<List<Need>> needs;
    private final double oneSigma;
    private final double reach;

    /**
     * Creates the selector for one strategy.
     *
     * @param far the far chain of calendars and diagonals; the near chain again for single-expiry strategies
     * @param oneSigma the near expiry's one-sigma move, rupees
     * @param maxSnap how far a strike may lie from its target, in {@code oneSigma}; the reach is never below the near
     *     chain's smallest strike step, so that a target is always reachable on a coarse grid
     */
    StrikeSelector(
            LiquidityFilter filter,
            int lotSize,
            StrategyDefinition definition,
            OptionChain near,
            OptionChain far,
            double oneSigma,
            double maxSnap) {
        this.filter = filter;
        this.lotSize = lotSize;
        this.near = near;
        this.far = far;
        this.needs = needs(definition);
        this.oneSigma = oneSigma;
        this.reach = Math.max(maxSnap * oneSigma, smallestStep(near.rows()));
    }

    /** Returns the strikes for {@code plan} and {@code rule} around {@code spot}. */
    StrikeSelection select(
            StrikePlan plan, StrikeRule rule, double spot, ConstructionSettings.StrikeDistances distances) {
        return rule == StrikeRule.ASCENDING ? ascending(plan, spot, distances) : wings(plan, rule, spot, distances);
    }

    private StrikeSelection ascending(StrikePlan plan, double spot, ConstructionSettings.StrikeDistances distances) {
        double[] strikes = new double[needs.size()];
        Arrays.fill(strikes, Double.NaN);
        for (StrikePlan.Step step : plan.steps()) {
            int index = step.strikeNumber() - 1;
            double target = step.target(spot, strikes, oneSigma, distances);
            double lower = 0;
            double upper = Double.POSITIVE_INFINITY;
            for (int j = 0; j < strikes.length; j++) {
                if (!Double.isNaN(strikes[j])) {
                    lower = j < index ? Math.max(lower, strikes[j]) : lower;
                    upper = j > index ? Math.min(upper, strikes[j]) : upper;
                }
            }
            double strike = nearest(index, target, lower, upper);
            if (Double.isNaN(strike)) {
                return StrikeSelection.missing("no liquid " + describe(index) + " strike for K" + (index + 1)
                        + " within " + format(reach) + " of " + format(target) + between(lower, upper));
            }
            strikes[index] = strike;
        }
        return StrikeSelection.chosen(strikes);
    }

    private StrikeSelection wings(
            StrikePlan plan, StrikeRule rule, double spot, ConstructionSettings.StrikeDistances distances) {
        double bodyTarget = plan.step(2).target(spot, new double[3], oneSigma, distances);
        double lowerWing = plan.step(1).role().distance(distances) * oneSigma;
        double upperWing = plan.step(3).role().distance(distances) * oneSigma;
        for (double body : byDistance(1, bodyTarget, 0, Double.POSITIVE_INFINITY)) {
            double[] strikes = switch (rule) {
                case EQUAL_WINGS -> equalWings(body, lowerWing);
                case UPPER_WING_WIDER -> upperWider(body, lowerWing, upperWing);
                case LOWER_WING_WIDER -> lowerWider(body, lowerWing, upperWing);
                case ASCENDING -> throw new IllegalStateException("ascending strikes have no wing rule");
            };
            if (strikes.length == 3) {
                return StrikeSelection.chosen(strikes);
            }
        }
        return StrikeSelection.missing("no liquid " + describe(0) + " / " + describe(1) + " / " + describe(2)
                + " strikes with " + rule.condition() + " around a body within " + format(reach) + " of "
                + format(bodyTarget) + " and wings within " + format(reach) + " of their targets");
    }

    private double[] equalWings(double body, double targetWidth) {
        double bestLow = Double.NaN;
        double bestHigh = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        List<ChainRow> rows = rowsFor(0);
        for (int i = rows.size() - 1; i >= 0; i--) {
            double low = rows.get(i).strike();
            if (low >= body || !eligible(0, low)) {
                continue;
            }
            Optional<ChainRow> high = row(rowsFor(2), 2 * body - low);
            if (high.isPresent() && eligible(2, high.get().strike())) {
                double gap = Math.abs(body - low - targetWidth);
                if (gap < bestGap && gap <= reach) {
                    bestGap = gap;
                    bestLow = low;
                    bestHigh = high.get().strike();
                }
            }
        }
        return Double.isNaN(bestLow) ? new double[0] : new double[] {bestLow, body, bestHigh};
    }

    private double[] upperWider(double body, double narrowWidth, double wideWidth) {
        for (double low : byDistance(0, body - narrowWidth, 0, body)) {
            double minHigh = 2 * body - low + WING_MARGIN * body;
            double high = nearest(2, body + wideWidth, minHigh, Double.POSITIVE_INFINITY);
            if (!Double.isNaN(high)) {
                return new double[] {low, body, high};
            }
        }
        return new double[0];
    }

    private double[] lowerWider(double body, double wideWidth, double narrowWidth) {
        for (double high : byDistance(2, body + narrowWidth, body, Double.POSITIVE_INFINITY)) {
            double maxLow = 2 * body - high - WING_MARGIN * body;
            double low = nearest(0, body - wideWidth, 0, maxLow);
            if (!Double.isNaN(low)) {
                return new double[] {low, body, high};
            }
        }
        return new double[0];
    }

    /**
     * Returns the eligible strike for K(index+1) strictly between the bounds nearest {@code target} and at most the
     * reach away from it, else NaN.
     */
    private double nearest(int index, double target, double lower, double upper) {
        double best = Double.NaN;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ChainRow row : rowsFor(index)) {
            double strike = row.strike();
            if (strike > lower && strike < upper) {
                double distance = Math.abs(strike - target);
                if (distance < bestDistance && distance <= reach && eligible(index, strike)) {
                    best = strike;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Returns the eligible strikes for K(index+1) strictly between the bounds within reach, nearest first. */
    private double[] byDistance(int index, double target, double lower, double upper) {
        List<ChainRow> rows = rowsFor(index);
        double[] found = new double[rows.size()];
        int count = 0;
        for (ChainRow row : rows) {
            double strike = row.strike();
            if (strike > lower && strike < upper && Math.abs(strike - target) <= reach && eligible(index, strike)) {
                found[count++] = strike;
            }
        }
        Double[] sorted = new Double[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = found[i];
        }
        Arrays.sort(sorted, (a, b) -> {
            int byGap = Double.compare(Math.abs(a - target), Math.abs(b - target));
            return byGap != 0 ? byGap : Double.compare(a, b);
        });
        double[] result = new double[count];
        for (int i = 0; i < count; i++) {
            result[i] = sorted[i];
        }
        return result;
    }

    /** Returns true when every contract the strategy trades at {@code strike} as K(index+1) is liquid. */
    private boolean eligible(int index, double strike) {
        for (Need need : needs.get(index)) {
            Optional<OptionQuote> quote = row(chain(need.slot()).rows(), strike).flatMap(r -> r.quote(need.right()));
            if (quote.isEmpty() || !filter.passes(quote.get(), lotSize)) {
                return false;
            }
        }
        return true;
    }

    private List<ChainRow> rowsFor(int index) {
        return chain(needs.get(index).get(0).slot()).rows();
    }

    private OptionChain chain(ExpirySlot slot) {
        return slot == ExpirySlot.NEAR ? near : far;
    }

    /** Returns the row listed at {@code strike} (within a relative 1e-10), by binary search over the sorted rows. */
    static Optional<ChainRow> row(List<ChainRow> rows, double strike) {
        int low = 0;
        int high = rows.size() - 1;
        double tolerance = SAME_STRIKE * strike;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double listed = rows.get(mid).strike();
            if (listed < strike - tolerance) {
                low = mid + 1;
            } else if (listed > strike + tolerance) {
                high = mid - 1;
            } else {
                return Optional.of(rows.get(mid));
            }
        }
        return Optional.empty();
    }

    private String describe(int index) {
        List<String> parts = new ArrayList<>();
        for (Need need : needs.get(index)) {
            parts.add(need.right() + (need.slot() == ExpirySlot.FAR ? " " + far.expiry() : ""));
        }
        return String.join("+", parts);
    }

    private static String between(double lower, double upper) {
        if (upper == Double.POSITIVE_INFINITY) {
            return lower == 0 ? "" : " above " + format(lower);
        }
        return lower == 0 ? " below " + format(upper) : " strictly between " + format(lower) + " and " + format(upper);
    }

    private static String format(double price) {
        return String.format(Locale.ROOT, "%.2f", price);
    }

    private static double smallestStep(List<ChainRow> rows) {
        double step = 0;
        for (int i = 1; i < rows.size(); i++) {
            double gap = rows.get(i).strike() - rows.get(i - 1).strike();
            step = i == 1 ? gap : Math.min(step, gap);
        }
        return step;
    }

    private static List<List<Need>> needs(StrategyDefinition definition) {
        List<List<Need>> byStrike = new ArrayList<>();
        for (int k = 0; k < definition.strikeCount(); k++) {
            byStrike.add(new ArrayList<>());
        }
        for (LegTemplate template : definition.legTemplates()) {
            if (template instanceof LegTemplate.Option option) {
                Need need = new Need(option.right(), option.expiry());
                List<Need> list = byStrike.get(option.strikeNumber() - 1);
                if (!list.contains(need)) {
                    list.add(need);
                }
            }
        }
        return byStrike.stream().map(List::copyOf).toList();
    }

    /** One contract the strategy trades at a strike. */
    private record Need(Right right, ExpirySlot slot) {}
}
