package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The strategies kept for one symbol, best first, and every strategy that was not, with its reason.
 *
 * @param symbol the underlying
 * @param ranked the kept strategies, best first, at most the requested number, no two with the same legs
 * @param rejections every construction and filter rejection, in the order of the construction results
 * @param considered how many strategies construction was attempted for
 * @param built how many of them were built (the others are construction rejections)
 */
public record SymbolSelection(
        String symbol, List<RankedCandidate> ranked, List<Rejection> rejections, int considered, int built) {

    /** Validates the counts and copies the lists. */
    public SymbolSelection {
        Checks.notBlank(symbol, "symbol");
        ranked = List.copyOf(Checks.notNull(ranked, "ranked"));
        rejections = List.copyOf(Checks.notNull(rejections, "rejections"));
        Checks.argument(
                built >= 0 && built <= considered, () -> "built must be in [0, " + considered + "] but was " + built);
        Checks.argument(ranked.size() <= built, "ranked " + ranked.size() + " exceeds built " + built);
    }

    /**
     * Returns why the symbol has no strategy, or empty when it has one. The reason is that of the furthest stage
     * reached: with at least one strategy built, the most common filter reason ({@link
     * RejectionReason#BELOW_POP_THRESHOLD}, {@link RejectionReason#NO_REWARD}, {@link
     * RejectionReason#ABOVE_MAX_LOSS}); with none built, the most common construction reason; with nothing considered,
     * {@link RejectionReason#NO_FITTING_STRATEGY}. Ties go to the reason declared first in {@link RejectionReason}.
     */
    public Optional<RejectionReason> noStrategyReason() {
        if (!ranked.isEmpty()) {
            return Optional.empty();
        }
        if (considered == 0) {
            return Optional.of(RejectionReason.NO_FITTING_STRATEGY);
        }
        Map<RejectionReason, Integer> counts = new EnumMap<>(RejectionReason.class);
        for (Rejection rejection : rejections) {
            if (isFilterReason(rejection.reason()) == built > 0) {
                counts.merge(rejection.reason(), 1, Integer::sum);
            }
        }
        RejectionReason best = null;
        int most = 0;
        for (Map.Entry<RejectionReason, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.of(best == null ? RejectionReason.NO_FITTING_STRATEGY : best);
    }

    /** Returns true for the reasons the probability filter gives. */
    static boolean isFilterReason(RejectionReason reason) {
        return reason == RejectionReason.BELOW_POP_THRESHOLD
                || reason == RejectionReason.NO_REWARD
                || reason == RejectionReason.ABOVE_MAX_LOSS;
    }
}
