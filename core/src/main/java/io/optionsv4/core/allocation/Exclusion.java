package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * A candidate the allocator did not take, with the reason.
 *
 * @param candidate the strategy
 * @param reason why it was not taken (the last reason met when several steps looked at it)
 * @param detail the figures behind the reason, for the report
 */
public record Exclusion(AllocationCandidate candidate, ExclusionReason reason, String detail) {

    /** Validates the exclusion. */
    public Exclusion {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(reason, "reason");
        Checks.notBlank(detail, "detail");
    }
}
