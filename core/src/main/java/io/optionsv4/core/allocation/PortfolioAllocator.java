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
 * <p>More capital never deploys less. A single greedy run is not monotone in capital (about 1 in 3,000 random
 * requests deployed fewer rupees with more capital: a fallback step that starts below the floor fills up to the
 * ceiling, while at a slightly larger capital the earlier passes reach the floor and the step never starts; whole-lot
 * rounding and the Kelly screen move the limits onto other candidates). So the greedy passes run at the rungs
 * {@code 2^(k/32)} rupees of a fixed capital ladder (the same for every request) at or below the capital, and the run
 * with the largest basket margin is kept (the largest rung wins ties). Every hard limit is a share of the budget, so a
 * book that fits a rung fits every larger capital; it is re-booked at the request's capital. The allocation at a
 * capital is thus the best over a set of runs that only grows with capital, which makes it monotone; the price is that
 * the greedy passes see a budget up to 2.2 % below the real one. Rungs whose deployment ceiling cannot beat the best
 * margin found so far, or whose strategy cap is below the cheapest lot, are skipped: they cannot win.
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

    /** Rungs of the capital ladder per doubling of capital. */
    static final int RUNGS_PER_DOUBLING = 32;

    /** Allocates the request's options budget over its candidates. */
    public Allocation allocate(AllocationRequest request) {
        Checks.notNull(request, "request");
        double cheapestLot = request.candidates().stream()
                .mapToDouble(AllocationCandidate::capitalPerLot)
                .min()
                .orElse(Double.POSITIVE_INFINITY);
        Run best = null;
        for (long k = topRung(request.capital()); ; k--) {
            AllocationRequest atRung = request.withCapital(rung(k));
            BookLimits limits = BookLimits.of(atRung);
            if (best != null
                    && (limits.deployable() * (1 + BookLimits.EPSILON)
                                    <= best.book().totalMargin()
                            || limits.strategyCap() * (1 + BookLimits.EPSILON) < cheapestLot)) {
                break;
            }
            Run run = greedy(atRung);
            if (best == null || run.book().totalMargin() > best.book().totalMargin()) {
                best = run;
            }
        }
        Book book = new Book(BookLimits.of(request), margin, request.openPositions());
        for (Ranked r : best.taken()) {
            book.add(r.candidate(), best.book().newLots(r.id()));
        }
        return AllocationSummary.of(request, book, best.taken(), best.steps(), best.exclusions());
    }

    /** The capital of rung {@code k} of the ladder: {@code 2^(k/32)} rupees. */
    static double rung(long k) {
        return Math.pow(2, (double) k / RUNGS_PER_DOUBLING);
    }

    /** The largest {@code k} whose rung is at most {@code capital}. */
    static long topRung(double capital) {
        long k = (long) Math.floor(RUNGS_PER_DOUBLING * Math.log(capital) / Math.log(2)) + 1;
        while (rung(k) > capital) {
            k--;
        }
        return k;
    }

    /** One greedy run at one capital. */
    private record Run(Book book, List<Ranked> taken, List<FallbackStep> steps, List<Exclusion> exclusions) {}

    private Run greedy(AllocationRequest request) {
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
        return new Run(book, ranked(taken, eligible), steps, excludedInOrder(request, excluded));
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
