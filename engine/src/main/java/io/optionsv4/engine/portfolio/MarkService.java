package io.optionsv4.engine.portfolio;

import io.optionsv4.core.portfolio.MarkDecision;
import io.optionsv4.core.portfolio.MarkPlan;
import io.optionsv4.core.portfolio.MarkStore;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code mark} operation: lists an analysis' strategies in rank order with their states, marks the top N, a
 * symbol's best or picked ones ({@link MarkPlan} decides; strategies already marked or on their way are skipped and
 * reported), and unmarks. A strategy another writer changed between the read and the write is reported as it now
 * stands, never overwritten.
 */
public final class MarkService {

    /** The most lots a mark may carry: a guard against a typo, far above any sane position in one strategy. */
    public static final int MAX_LOTS = 100;

    private final MarkStore store;

    /** Creates the service over {@code store}. */
    public MarkService(MarkStore store) {
        this.store = Checks.notNull(store, "store");
    }

    /** Returns {@code date}, else the latest analysis date; empty when nothing is stored. */
    public Optional<LocalDate> analysisDate(Optional<LocalDate> date) {
        return Checks.notNull(date, "date").or(store::latestAnalysisDate);
    }

    /** Returns the strategies of {@code tradeDate} in rank order. */
    public List<RecentStrategy> ranked(LocalDate tradeDate) {
        return MarkPlan.ranked(store.strategies(tradeDate));
    }

    /** Marks the {@code n} best-ranked strategies of {@code tradeDate} with {@code lots} each, skipping marked ones. */
    public List<MarkOutcome> markTop(LocalDate tradeDate, int n, int lots, String actor) {
        return apply(MarkPlan.top(store.strategies(tradeDate), n), lots, actor);
    }

    /** Marks the best-ranked strategy of {@code symbol} on {@code tradeDate}; empty when it has none. */
    public Optional<MarkOutcome> markBest(LocalDate tradeDate, String symbol, int lots, String actor) {
        return MarkPlan.best(store.strategies(tradeDate), symbol)
                .map(d -> apply(List.of(d), lots, actor).get(0));
    }

    /** Marks each of {@code picks} (as listed earlier) that has no state now. */
    public List<MarkOutcome> mark(List<RecentStrategy> picks, int lots, String actor) {
        List<MarkDecision> decisions = new ArrayList<>();
        for (RecentStrategy p : Checks.notNull(picks, "picks")) {
            RecentStrategy now = store.strategy(p.id()).orElse(p);
            decisions.add(MarkPlan.decide(now));
        }
        return apply(decisions, lots, actor);
    }

    /**
     * Removes the mark of strategy {@code id}.
     *
     * @return the outcome: UNMARKED, or REFUSED with the reason (not marked, or further on its way); empty when no
     *     strategy has the id
     */
    public Optional<MarkOutcome> unmark(StrategyId id, String actor) {
        Optional<RecentStrategy> found = store.strategy(Checks.notNull(id, "id"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RecentStrategy s = found.get();
        if (s.marked() && store.unmark(id, actor)) {
            return Optional.of(new MarkOutcome(reread(s), MarkOutcome.Result.UNMARKED, ""));
        }
        RecentStrategy now = reread(s);
        String why = now.status()
                .map(status -> status.marked()
                        ? "it changed while unmarking; run again"
                        : "only a MARKED strategy can be unmarked; it is " + status)
                .orElse("it is not marked");
        return Optional.of(new MarkOutcome(now, MarkOutcome.Result.REFUSED, why));
    }

    private List<MarkOutcome> apply(List<MarkDecision> decisions, int lots, String actor) {
        checkLots(lots);
        List<MarkOutcome> outcomes = new ArrayList<>();
        for (MarkDecision d : decisions) {
            RecentStrategy s = d.strategy();
            if (!d.marks()) {
                outcomes.add(new MarkOutcome(
                        s, MarkOutcome.Result.SKIPPED, d.skipReason().orElseThrow()));
            } else if (store.mark(s.id(), lots, actor)) {
                outcomes.add(new MarkOutcome(reread(s), MarkOutcome.Result.MARKED, ""));
            } else {
                MarkDecision now = MarkPlan.decide(reread(s));
                outcomes.add(new MarkOutcome(
                        now.strategy(),
                        MarkOutcome.Result.SKIPPED,
                        now.skipReason().orElse("it changed while marking; run again")));
            }
        }
        return outcomes;
    }

    private RecentStrategy reread(RecentStrategy s) {
        return store.strategy(s.id()).orElse(s);
    }

    /**
     * Checks a lot count given by the trader.
     *
     * @throws IllegalArgumentException when it is below 1 or above {@link #MAX_LOTS}
     */
    public static int checkLots(int lots) {
        if (lots < 1 || lots > MAX_LOTS) {
            throw new IllegalArgumentException("--lots must be 1 to " + MAX_LOTS + " but was " + lots);
        }
        return lots;
    }
}
