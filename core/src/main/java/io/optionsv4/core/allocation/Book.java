package io.optionsv4.core.allocation;

import io.optionsv4.core.selection.StrategyId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allocator's working state for one run: the holdings so far (open positions first) and what they use of every
 * limit and budget. Mutable and confined to one {@link PortfolioAllocator#allocate} call; nothing of it escapes.
 */
final class Book {

    private final BasketMargin margin;
    private final BookLimits limits;
    private final Map<StrategyId, Double> strategyUsed = new HashMap<>();
    private final Map<String, Double> industryUsed = new HashMap<>();
    private final Map<String, Double> symbolUsed = new HashMap<>();
    private final Map<Tier, Double> tierUsed = new EnumMap<>(Tier.class);
    private final List<Holding> holdings = new ArrayList<>();
    private final Map<StrategyId, Integer> newIndex = new HashMap<>();
    private double delta;
    private double vega;
    private double currentMargin;

    Book(BookLimits limits, BasketMargin margin, List<Holding> openPositions) {
        this.limits = limits;
        this.margin = margin;
        for (Holding h : openPositions) {
            use(h.candidate(), h.lots());
            holdings.add(h);
        }
        currentMargin = margin.totalMargin(holdings);
    }

    /** Returns the limits and budgets of the run. */
    BookLimits limits() {
        return limits;
    }

    /** Returns the basket margin over the options budget. */
    double deployment() {
        return currentMargin / limits.budget();
    }

    /** Returns the basket margin of every holding, rupees. */
    double totalMargin() {
        return currentMargin;
    }

    /** Returns true when the run already took a new position in {@code id}. */
    boolean holdsNew(StrategyId id) {
        return newIndex.containsKey(id);
    }

    /** Returns the lots of the new position in {@code id}, 0 when there is none. */
    int newLots(StrategyId id) {
        Integer index = newIndex.get(id);
        return index == null ? 0 : holdings.get(index).lots();
    }

    /** Returns every holding: open positions first, then the new ones in the order taken. */
    List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    /** Adds {@code lots} lots of {@code c}, as a new position or to the new position already held. */
    void add(AllocationCandidate c, int lots) {
        use(c, lots);
        Integer index = newIndex.get(c.id());
        if (index == null) {
            newIndex.put(c.id(), holdings.size());
            holdings.add(new Holding(c, lots));
        } else {
            holdings.set(index, new Holding(c, holdings.get(index).lots() + lots));
        }
        currentMargin = margin.totalMargin(holdings);
    }

    /**
     * Returns how many more lots of {@code c}, at most {@code wanted}, fit every hard limit and the budgets of {@code
     * pass}; with 0, the limit that binds.
     */
    Sizing size(AllocationCandidate c, int wanted, Pass pass) {
        if (!holdsNew(c.id()) && holdings.size() >= limits.maxPositions()) {
            return Sizing.none(
                    ExclusionReason.POSITION_COUNT_LIMIT,
                    "the book holds " + holdings.size() + " positions, the most allowed");
        }
        Sizing.Builder s = new Sizing.Builder(wanted, c.capitalPerLot());
        s.lotLimit(limits.maxLotsPerLeg() / c.legLotsPerLot() - newLots(c.id()), limits.maxLotsPerLeg(), c);
        s.liquidityLimit(
                c.liquidityLots() == Integer.MAX_VALUE ? Integer.MAX_VALUE : c.liquidityLots() - newLots(c.id()), c);
        if (pass.positionCap()) {
            s.capLots(Math.max(1, (int) Math.floor(limits.positionCap() / c.capitalPerLot())) - newLots(c.id()));
        }
        s.room(ExclusionReason.STRATEGY_LIMIT, limits.strategyCap(), strategyUsed.getOrDefault(c.id(), 0.0));
        s.room(ExclusionReason.SYMBOL_LIMIT, limits.symbolCap(), symbolUsed.getOrDefault(c.symbol(), 0.0));
        s.room(ExclusionReason.INDUSTRY_LIMIT, limits.industryCap(), industryUsed.getOrDefault(c.industry(), 0.0));
        if (pass.industryBudgets() && limits.steering()) {
            s.room(
                    ExclusionReason.INDUSTRY_BUDGET_SPENT,
                    limits.industryBudget(c.industry()),
                    industryUsed.getOrDefault(c.industry(), 0.0));
        }
        if (pass.tierBudgets()) {
            s.room(
                    ExclusionReason.TIER_BUDGET_SPENT,
                    limits.tierBudget(c.tier()),
                    tierUsed.getOrDefault(c.tier(), 0.0));
        }
        ExposureProfile e = c.exposure();
        s.greek(ExclusionReason.DELTA_LIMIT, delta, e.niftyDeltaPerLot(), limits.deltaCap());
        s.greek(ExclusionReason.VEGA_LIMIT, vega, e.vegaPerLot(), limits.vegaCap());
        s.marginLots(largestWithinCeiling(c, s.lots()));
        return s.build();
    }

    private int largestWithinCeiling(AllocationCandidate c, int upTo) {
        if (upTo <= 0 || fitsCeiling(c, upTo)) {
            return Math.max(upTo, 0);
        }
        int low = 0;
        int high = upTo;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (fitsCeiling(c, mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        while (low > 0 && !fitsCeiling(c, low)) {
            low--;
        }
        return low;
    }

    private boolean fitsCeiling(AllocationCandidate c, int lots) {
        List<Holding> trial = new ArrayList<>(holdings);
        Integer index = newIndex.get(c.id());
        if (index == null) {
            trial.add(new Holding(c, lots));
        } else {
            trial.set(index, new Holding(c, holdings.get(index).lots() + lots));
        }
        return BookLimits.within(margin.totalMargin(trial), limits.deployable());
    }

    private void use(AllocationCandidate c, int lots) {
        double capital = c.capitalPerLot() * lots;
        strategyUsed.merge(c.id(), capital, Double::sum);
        industryUsed.merge(c.industry(), capital, Double::sum);
        symbolUsed.merge(c.symbol(), capital, Double::sum);
        tierUsed.merge(c.tier(), capital, Double::sum);
        delta += c.exposure().niftyDeltaPerLot() * lots;
        vega += c.exposure().vegaPerLot() * lots;
    }
}
