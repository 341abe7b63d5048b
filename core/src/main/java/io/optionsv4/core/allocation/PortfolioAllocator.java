package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio allocator: industry-first, tiered, Kelly-sized, within hard limits (see {@code docs/allocation.md}).
 *
 * <ol>
 *   <li>Screen: the industry must have a weight (when the table is not empty), the direction must suit it (no bullish
 *       strategy in a SHORT industry, no bearish one in a LONG industry), net EV per lot must be positive, and
 *       fractional Kelly ({@link Kelly}) must size at least one whole lot of the options budget.
 *   <li>Rank: tier (conviction), then the family's rank in the market state's preferences, then net return on
 *       capital, then market fit, then id. The best strategy of each symbol goes to the first pass.
 *   <li>First pass, in rank order: each takes its Kelly lots, capped by the tier budget, the industry budget, a
 *       diversification cap (deployable / minimum positions) and every hard limit.
 *   <li>While the deployment is below the floor: the {@link FallbackStep}s in order. A step that starts goes through
 *       all its candidates (so it may fill up to the ceiling); adding lots stops at the floor.
 * </ol>
 *
 * <p>Known limitation: the greedy passes are not monotone in capital. In rare cases (about 1 in 3,000 random
 * requests) more capital deploys fewer rupees: whole-lot rounding, the Kelly screen and the limits bind on different
 * candidates at the two capitals, and a greedy pass does not recover.
 *
 * <p>Every hard limit is checked before each addition, with the basket margin of {@link BasketMargin} compared with
 * the deployment ceiling. Ties are broken by strategy id, so the result depends only on the request. Thread-safe.
 */
public final class PortfolioAllocator {

    /** An allocator with no cross-strategy margin benefit ({@link BasketMargin#STANDALONE}). */
    public static final PortfolioAllocator STANDALONE = new PortfolioAllocator(BasketMargin.STANDALONE);

    private final BasketMargin margin;

    /** Creates an allocator that margins the basket with {@code margin}. */
    public PortfolioAllocator(BasketMargin margin) {
        this.margin = Checks.notNull(margin, "margin");
    }

    /** Allocates the request's options budget over its candidates. */
    public Allocation allocate(AllocationRequest request) {
        Checks.notNull(request, "request");
        BookLimits limits = BookLimits.of(request);
        Book book = new Book(limits, margin, request.openPositions());
        Map<StrategyId, Exclusion> excluded = new LinkedHashMap<>();
        List<Ranked> eligible = screen(request, limits, excluded);
        List<Ranked> best = new ArrayList<>();
        List<Ranked> rest = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        for (Ranked r : eligible) {
            (symbols.add(r.candidate().symbol()) ? best : rest).add(r);
        }
        for (Ranked r : rest) {
            excluded.put(
                    r.id(),
                    new Exclusion(
                            r.candidate(),
                            ExclusionReason.NOT_BEST_FOR_SYMBOL,
                            "a higher-ranked strategy on " + r.candidate().symbol() + " came first"));
        }
        Map<StrategyId, Ranked> taken = new LinkedHashMap<>();
        double floor = request.settings().deploymentFloor();
        run(book, best, Pass.PRIMARY, taken, excluded);
        List<FallbackStep> steps = new ArrayList<>();
        if (book.deployment() < floor) {
            steps.add(FallbackStep.RELAX_TIER_BUDGETS);
            run(book, best, Pass.WITHOUT_TIERS, taken, excluded);
        }
        if (book.deployment() < floor && limits.steering()) {
            steps.add(FallbackStep.RELAX_INDUSTRY_BUDGETS);
            run(book, best, Pass.WITHOUT_BUDGETS, taken, excluded);
        }
        if (book.deployment() < floor) {
            steps.add(FallbackStep.ADD_SECOND_BEST_STRATEGIES);
            run(book, rest, Pass.WITHOUT_BUDGETS, taken, excluded);
        }
        if (book.deployment() < floor) {
            steps.add(FallbackStep.ADD_LOTS);
            topUp(book, eligible, taken, floor);
        }
        return AllocationSummary.of(request, book, ranked(taken, eligible), steps, excludedInOrder(request, excluded));
    }

    private static void run(
            Book book,
            List<Ranked> list,
            Pass pass,
            Map<StrategyId, Ranked> taken,
            Map<StrategyId, Exclusion> excluded) {
        for (Ranked r : list) {
            if (book.holdsNew(r.id())) {
                continue;
            }
            Sizing sizing = book.size(r.candidate(), r.kellyLots(), pass);
            if (sizing.lots() > 0) {
                book.add(r.candidate(), sizing.lots());
                taken.put(r.id(), r);
                excluded.remove(r.id());
            } else {
                excluded.put(r.id(), new Exclusion(r.candidate(), sizing.reason(), sizing.detail()));
            }
        }
    }

    private static void topUp(Book book, List<Ranked> eligible, Map<StrategyId, Ranked> taken, double floor) {
        List<Ranked> order = ranked(taken, eligible);
        boolean grew = true;
        while (grew && book.deployment() < floor) {
            grew = false;
            for (Ranked r : order) {
                if (book.deployment() >= floor) {
                    return;
                }
                if (book.newLots(r.id()) < r.fullKellyLots()
                        && book.size(r.candidate(), 1, Pass.TOP_UP).lots() == 1) {
                    book.add(r.candidate(), 1);
                    grew = true;
                }
            }
        }
    }

    private static List<Ranked> screen(AllocationRequest request, BookLimits limits, Map<StrategyId, Exclusion> out) {
        Map<String, IndustryAllocation> industries = new HashMap<>();
        request.industries().forEach(a -> industries.put(a.industry(), a));
        List<Ranked> eligible = new ArrayList<>();
        for (AllocationCandidate c : request.candidates()) {
            IndustryAllocation industry = industries.get(c.industry());
            if (limits.steering()
                    && (industry == null || industry.weightPercent().signum() == 0)) {
                out.put(
                        c.id(),
                        new Exclusion(
                                c,
                                ExclusionReason.INDUSTRY_NOT_ALLOCATED,
                                "industry " + c.industry() + " has no weight"));
            } else if (industry != null && wrongDirection(industry.positionType(), c.bias())) {
                out.put(
                        c.id(),
                        new Exclusion(
                                c,
                                ExclusionReason.WRONG_DIRECTION_FOR_INDUSTRY,
                                c.bias() + " strategy in " + industry.positionType() + " industry " + c.industry()));
            } else if (c.netEvPerLot() <= 0) {
                out.put(
                        c.id(),
                        new Exclusion(
                                c,
                                ExclusionReason.NON_POSITIVE_EV,
                                String.format("net EV per lot ₹%.2f", c.netEvPerLot())));
            } else {
                Ranked r = Ranked.of(c, request, limits.budget());
                if (r.kellyLots() < 1) {
                    out.put(
                            c.id(),
                            new Exclusion(
                                    c,
                                    ExclusionReason.KELLY_BELOW_ONE_LOT,
                                    String.format(
                                            "Kelly fraction %.4f of ₹%.0f is below one lot of ₹%.0f",
                                            r.kellyFraction(), limits.budget(), c.capitalPerLot())));
                } else {
                    eligible.add(r);
                }
            }
        }
        eligible.sort(Ranked.ORDER);
        return eligible;
    }

    private static boolean wrongDirection(PositionType type, DirectionalBias bias) {
        return switch (type) {
            case LONG -> bias == DirectionalBias.BEARISH;
            case SHORT -> bias == DirectionalBias.BULLISH;
        };
    }

    private static List<Ranked> ranked(Map<StrategyId, Ranked> taken, List<Ranked> eligible) {
        return eligible.stream().filter(r -> taken.containsKey(r.id())).toList();
    }

    private static List<Exclusion> excludedInOrder(AllocationRequest request, Map<StrategyId, Exclusion> excluded) {
        return request.candidates().stream()
                .map(c -> excluded.get(c.id()))
                .filter(e -> e != null)
                .toList();
    }

    /** A candidate that passed the screen, with its rank keys and Kelly sizes. */
    record Ranked(
            AllocationCandidate candidate, int familyRank, double kellyFraction, int kellyLots, int fullKellyLots) {

        static final Comparator<Ranked> ORDER = Comparator.<Ranked>comparingInt(
                        r -> r.candidate().tier().ordinal())
                .thenComparingInt(Ranked::familyRank)
                .thenComparing(r -> r.candidate().returnOnCapital(), Comparator.reverseOrder())
                .thenComparing(r -> r.candidate().marketFit(), Comparator.reverseOrder())
                .thenComparingLong(r -> r.id().value());

        static Ranked of(AllocationCandidate c, AllocationRequest request, double budget) {
            AllocationSettings settings = request.settings();
            double f = Kelly.optimalFraction(c.outcomes(), c.capitalPerLot());
            double fullLots = f * budget / c.capitalPerLot();
            return new Ranked(
                    c,
                    settings.familyRank(request.marketState(), c.category()),
                    f,
                    (int) Math.min(Integer.MAX_VALUE, Math.floor(settings.kellyFraction() * fullLots + 1e-9)),
                    (int) Math.min(Integer.MAX_VALUE, Math.floor(fullLots + 1e-9)));
        }

        StrategyId id() {
            return candidate.id();
        }
    }
}
