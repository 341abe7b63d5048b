package io.optionsv4.core.portfolio;

/**
 * Where a stored strategy is on its way from the analysis to a closed position: the values of {@code
 * strategy_execution_status.status}. A strategy without a status is neither marked nor traded.
 *
 * <p>Not to be confused with {@code core.trade.ExecutionState}, the execution's own state machine behind
 * PENDING/EXECUTING.
 */
public enum StrategyStatus {
    /** Chosen by a portfolio allocation, with the allocated lots: counts as marked. */
    ALLOCATED,
    /** Marked by the trader for the next {@code execute}, with its lots. */
    MARKED,
    /** Accepted by {@code execute}, orders not yet sent. */
    PENDING,
    /** Orders are being placed. */
    EXECUTING,
    /** Every leg filled: the position is open. */
    EXECUTED,
    /** Some legs filled and the rest could not be, or an unwind is incomplete: needs attention. */
    PARTIAL,
    /** Entry failed; anything filled was unwound. */
    FAILED,
    /** Every leg was closed. */
    CLOSED,
    /** Withdrawn before any order was sent. */
    CANCELLED;

    /** Returns true for the states {@code execute} picks up: marked by the trader or by an allocation. */
    public boolean marked() {
        return this == ALLOCATED || this == MARKED;
    }

    /** Returns true while orders exist or may exist: pending, executing, executed or partial. */
    public boolean traded() {
        return this == PENDING || this == EXECUTING || this == EXECUTED || this == PARTIAL;
    }

    /** Returns true when nothing more will happen to the strategy: failed, closed or cancelled. */
    public boolean finished() {
        return this == FAILED || this == CLOSED || this == CANCELLED;
    }

    /** Returns true when the strategy may be marked again: it failed (nothing held) or was cancelled. */
    public boolean remarkable() {
        return this == FAILED || this == CANCELLED;
    }

    /** Returns the status as the trader sees it: an allocated strategy reads as marked. */
    public String display() {
        return this == ALLOCATED ? "MARKED" : name();
    }
}
