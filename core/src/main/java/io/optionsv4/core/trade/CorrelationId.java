package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;
import java.util.regex.Pattern;

/**
 * The caller's tag on an order, sent to the broker (Dhan {@code correlationId}) and used to find the order again
 * after a crash: at most 30 characters of {@code [A-Za-z0-9 _-]}.
 *
 * <p>{@link #of} derives it from what the order is for, so the same step of the same strategy always carries the same
 * tag and a re-run finds the order instead of placing a second one.
 *
 * @param value the tag
 */
public record CorrelationId(String value) {

    /** The longest tag Dhan accepts. */
    public static final int MAX_LENGTH = 30;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 _-]{1,30}");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9]{1,6}");

    /**
     * Validates the tag.
     *
     * @throws IllegalArgumentException naming the tag when it is empty, longer than 30 characters or has a character
     *     outside {@code [A-Za-z0-9 _-]}
     */
    public CorrelationId {
        Checks.notNull(value, "correlationId");
        Checks.argument(
                ALLOWED.matcher(value).matches(),
                "correlation id must be 1-30 characters of A-Z a-z 0-9 space _ - but was '" + value + "'");
    }

    /**
     * Returns the tag of one order of a strategy: {@code <namespace>-<strategyId>-<leg><purpose><attempt>}, e.g. {@code
     * v4a1-1234-2E1} for the first entry attempt of leg 2 of strategy 1234.
     *
     * @param namespace 1-6 letters or digits naming the installation, so two databases sharing one broker account do
     *     not collide
     * @param strategyId the strategy's id, {@code >= 0}
     * @param legIndex the leg's index in the strategy, {@code >= 0}
     * @param purpose why the order exists
     * @param attempt the attempt number, {@code >= 1}
     * @throws IllegalArgumentException when a component is out of range or the tag would exceed 30 characters
     */
    public static CorrelationId of(String namespace, long strategyId, int legIndex, Purpose purpose, int attempt) {
        Checks.notNull(namespace, "namespace");
        Checks.argument(
                NAMESPACE.matcher(namespace).matches(),
                "namespace must be 1-6 letters or digits but was '" + namespace + "'");
        Checks.argument(strategyId >= 0, () -> "strategyId must be >= 0 but was " + strategyId);
        Checks.argument(legIndex >= 0, () -> "legIndex must be >= 0 but was " + legIndex);
        Checks.notNull(purpose, "purpose");
        Checks.argument(attempt >= 1, () -> "attempt must be >= 1 but was " + attempt);
        return new CorrelationId(namespace + "-" + strategyId + "-" + legIndex + purpose.code + attempt);
    }

    /** Why an order was placed; one letter of the tag. */
    public enum Purpose {
        /** Opening a strategy's leg. */
        ENTRY('E'),
        /** Closing a leg on an exit decision or a manual close. */
        EXIT('X'),
        /** Closing a leg that was filled while the strategy's entry failed. */
        UNWIND('U');

        private final char code;

        Purpose(char code) {
            this.code = code;
        }

        /** Returns the letter used in the tag. */
        public char code() {
            return code;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
