package io.optionsv4.core.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a candidate's trade plan and returns what following it is expected to bring ({@link PlanFigures}), so that
 * the ranking can score the plan rather than the expiry (issue 13, item 6). A port: the exit planner and the plan
 * simulator live above {@code selection}, so the engine supplies the implementation. Implementations must be
 * deterministic for a candidate.
 */
@FunctionalInterface
public interface PlanAssessor {

    /** Returns the plan figures of {@code candidate}, a candidate that passed the probability filter. */
    PlanFigures assess(Candidate candidate);

    /**
     * Returns the plan figures of {@code candidates}, in their order: by default one after the other; an
     * implementation may assess them concurrently, the figures being the same as one by one.
     */
    default List<PlanFigures> assessAll(List<Candidate> candidates) {
        List<PlanFigures> figures = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            figures.add(assess(c));
        }
        return figures;
    }
}
