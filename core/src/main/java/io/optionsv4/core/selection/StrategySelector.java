package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters, ranks and keeps the best strategies of one symbol (issue 5, parts 4 and 5).
 *
 * <p>Built candidates go through the {@link ProbabilityFilter}; those that pass are ranked by the {@link
 * StrategyRanker} and sorted by total score, descending; ties go to the higher probability of profit, then to the
 * strategy name, then to the legs (so the order never depends on the input order). Of candidates with exactly the same
 * legs, or with the same payoff at expiry ({@link PayoffKey}: a call and a put butterfly on the same strikes), only the
 * best ranked is kept; then the first {@code top} are kept. Immutable and thread-safe.
 */
public final class StrategySelector {

    /** Best first: total score, then PoP (both descending), then name and legs. */
    static final Comparator<RankedCandidate> BEST_FIRST = Comparator.comparingDouble(RankedCandidate::totalScore)
            .reversed()
            .thenComparing(Comparator.comparingDouble(
                            (RankedCandidate r) -> r.candidate().figures().probabilityOfProfit())
                    .reversed())
            .thenComparing(r -> r.candidate().name())
            .thenComparing(r -> legsKey(r.candidate()));

    private final ProbabilityFilter filter;
    private final StrategyRanker ranker;
    private final Optional<EconomicsCalculator> economics;

    /**
     * Creates the selector from its filter and its ranker, judging the figures as built (no costs priced): for tests
     * of the ordering and for callers that price economics themselves.
     */
    public StrategySelector(ProbabilityFilter filter, StrategyRanker ranker) {
        this.filter = Checks.notNull(filter, "filter");
        this.ranker = Checks.notNull(ranker, "ranker");
        this.economics = Optional.empty();
    }

    /**
     * Creates the selector from its filter, its ranker and the economics every built candidate is priced with before
     * the filter and the ranking (both judge the figures net of costs).
     */
    public StrategySelector(ProbabilityFilter filter, StrategyRanker ranker, EconomicsCalculator economics) {
        this.filter = Checks.notNull(filter, "filter");
        this.ranker = Checks.notNull(ranker, "ranker");
        this.economics = Optional.of(Checks.notNull(economics, "economics"));
    }

    /**
     * Returns the best {@code top} strategies of one symbol among {@code results}, with every rejection.
     *
     * @param results the construction results of the strategies chosen for the symbol
     * @param context the symbol's ranking context
     * @param tolerance the trader's risk tolerance
     * @param top how many to keep, {@code >= 1}
     */
    public SymbolSelection select(
            List<ConstructionResult> results, RankingContext context, RiskTolerance tolerance, int top) {
        Checks.notNull(context, "context");
        return select(
                results,
                context,
                tolerance,
                top,
                c -> PlanFigures.atExpiry(c, StrategyRanker.forecastExpectedValue(c, context)));
    }

    /**
     * Returns the best {@code top} strategies of one symbol among {@code results}, each scored on the figures of its
     * trade plan: {@code plans} is asked once for every candidate that passes the filter, before it is ranked.
     *
     * @param results the construction results of the strategies chosen for the symbol
     * @param context the symbol's ranking context
     * @param tolerance the trader's risk tolerance
     * @param top how many to keep, {@code >= 1}
     * @param plans makes each passing candidate's plan and returns its figures
     */
    public SymbolSelection select(
            List<ConstructionResult> results,
            RankingContext context,
            RiskTolerance tolerance,
            int top,
            PlanAssessor plans) {
        Checks.notNull(plans, "plans");
        Checks.notNull(results, "results");
        Checks.notNull(context, "context");
        Checks.notNull(tolerance, "tolerance");
        Checks.positive(top, "top");
        List<Rejection> rejections = new ArrayList<>();
        List<Candidate> filtered = new ArrayList<>(results.size());
        List<RankedCandidate> passed = new ArrayList<>(results.size());
        int built = 0;
        for (ConstructionResult result : results) {
            switch (Checks.notNull(result, "result")) {
                case ConstructionResult.Rejected r -> rejections.add(r.rejection());
                case ConstructionResult.Built b -> {
                    built++;
                    Optional<Rejection> noRates = economics.flatMap(e -> e.check(b.candidate()));
                    if (noRates.isPresent()) {
                        rejections.add(noRates.get());
                        continue;
                    }
                    Candidate priced = economics
                            .map(e -> b.candidate().withEconomics(e.of(b.candidate(), b.payoff())))
                            .orElse(b.candidate());
                    Optional<Rejection> rejection = filter.check(priced, tolerance);
                    if (rejection.isPresent()) {
                        rejections.add(rejection.get());
                    } else {
                        filtered.add(priced);
                    }
                }
            }
        }
        List<PlanFigures> planned = plans.assessAll(filtered);
        for (int i = 0; i < filtered.size(); i++) {
            passed.add(ranker.rank(filtered.get(i), planned.get(i), context));
        }
        passed.sort(BEST_FIRST);
        List<RankedCandidate> kept = new ArrayList<>(Math.min(top, passed.size()));
        Set<String> legs = new HashSet<>();
        Set<String> payoffs = new HashSet<>();
        for (RankedCandidate candidate : passed) {
            if (kept.size() == top) {
                break;
            }
            if (legs.add(legsKey(candidate.candidate())) && payoffs.add(PayoffKey.of(candidate.candidate()))) {
                kept.add(candidate);
            }
        }
        return new SymbolSelection(context.symbol(), kept, rejections, results.size(), built);
    }

    /** Returns the candidate's legs (option legs and underlying units) as text: equal for exact duplicates. */
    static String legsKey(Candidate candidate) {
        return candidate.legs().stream()
                        .map(l -> l.side() + " " + l.right() + " " + l.strike() + " " + l.expiry() + " x" + l.lots())
                        .collect(Collectors.joining("|"))
                + "|U" + candidate.underlyingUnits();
    }
}
