package io.optionsv4.core.selection;

import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/** The outcome of building one strategy on one underlying: a {@link Built} candidate or a {@link Rejected} one. */
public sealed interface ConstructionResult permits ConstructionResult.Built, ConstructionResult.Rejected {
    /**
     * The strategy could be built on listed, liquid contracts.
     *
     * @param payoff over two expiries, the candidate's P&amp;L at the near expiry as its figures were sampled from, so
     *     that its figures net of costs come from the same samples ({@link EconomicsCalculator#of(Candidate,
     *     Optional)}); empty for single-expiry positions, whose figures are exact
     * @param candidate the built strategy
     */
    record Built(Optional<TwoExpiryAnalyzer.Sampled> payoff, Candidate candidate) implements ConstructionResult {
        /** Validates the components. */
        public Built {
            Checks.notNull(payoff, "payoff");
            Checks.notNull(candidate, "candidate");
        }

        /** A built candidate without samples: its net figures are computed afresh. */
        public Built(Candidate candidate) {
            this(Optional.empty(), candidate);
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
