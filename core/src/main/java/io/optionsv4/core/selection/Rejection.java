package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * A strategy that was not kept for a symbol, with the reason and the detail that explains it (e.g. {@code "PoP 18.2% <
 * 25.0%"}).
 *
 * @param strategyName the registered strategy's name
 * @param reason why
 * @param detail the numbers or the missing input, in words
 */
public record Rejection(String strategyName, RejectionReason reason, String detail) {
    /** Validates the components. */
    public Rejection {
        Checks.notBlank(strategyName, "strategyName");
        Checks.notNull(reason, "reason");
        Checks.notNull(detail, "detail");
    }
}
