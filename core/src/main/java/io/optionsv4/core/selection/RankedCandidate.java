package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * A candidate that passed the probability filter, with its score breakdown, composite score (0-100) and conviction.
 *
 * @param candidate the strategy
 * @param componentScores the named component scores (0-100 each) with their weights
 * @param totalScore the composite score, 0-100
 * @param conviction the band of the composite score
 */
public record RankedCandidate(
        Candidate candidate, List<ComponentScore> componentScores, double totalScore, Conviction conviction) {
    /** Validates the components and copies the scores. */
    public RankedCandidate {
        Checks.notNull(candidate, "candidate");
        componentScores = List.copyOf(Checks.notNull(componentScores, "componentScores"));
        Checks.finite(totalScore, "totalScore");
        Checks.notNull(conviction, "conviction");
    }
}
