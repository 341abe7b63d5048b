package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * What {@code mark} does with one strategy: mark it, or skip it and say why.
 *
 * @param strategy the strategy as last read
 * @param skipReason why it is not marked (e.g. {@code already marked (2 lots)}); empty when it is to be marked
 */
public record MarkDecision(RecentStrategy strategy, Optional<String> skipReason) {

    /** Validates the components. */
    public MarkDecision {
        Checks.notNull(strategy, "strategy");
        Checks.notNull(skipReason, "skipReason");
    }

    /** Returns true when the strategy is to be marked. */
    public boolean marks() {
        return skipReason.isEmpty();
    }
}
