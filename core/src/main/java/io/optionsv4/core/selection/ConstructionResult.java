package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/** The outcome of building one strategy on one underlying: a {@link Built} candidate or a {@link Rejected} one. */
public sealed interface ConstructionResult permits ConstructionResult.Built, ConstructionResult.Rejected {
    /**
     * The strategy could be built on listed, liquid contracts.
     *
     * @param candidate the built strategy
     */
    record Built(Candidate candidate) implements ConstructionResult {
        /** Validates the component. */
        public Built {
            Checks.notNull(candidate, "candidate");
        }
    }

    /**
     * The strategy could not be built.
     *
     * @param rejection the strategy and why
     */
    record Rejected(Rejection rejection) implements ConstructionResult {
        /** Validates the component. */
        public Rejected {
            Checks.notNull(rejection, "rejection");
        }
    }
}
