package io.optionsv4.core.trade;

/**
 * Where a strategy's execution is: {@code ENTERING → ENTERED}, or {@code ENTERING → UNWINDING → FAILED} when a leg is
 * rejected or does not fill in time ({@code ENTERING → FAILED} when nothing had filled). Persisted before every broker
 * call, so that a restart resumes instead of repeating.
 */
public enum ExecutionState {
    /** Legs are being placed: buys (hedges) first, then sells. */
    ENTERING,
    /** The entry failed; the filled legs are being closed. */
    UNWINDING,
    /** Every leg filled completely. */
    ENTERED,
    /** The entry failed and every filled leg was closed: the strategy holds nothing. */
    FAILED;

    /** Returns true when the execution can change no more. */
    public boolean terminal() {
        return this == ENTERED || this == FAILED;
    }

    /** Returns true when {@code next} is a legal successor of this state. */
    public boolean canMoveTo(ExecutionState next) {
        return switch (this) {
            case ENTERING -> next == ENTERED || next == UNWINDING || next == FAILED;
            case UNWINDING -> next == FAILED;
            case ENTERED, FAILED -> false;
        };
    }
}
