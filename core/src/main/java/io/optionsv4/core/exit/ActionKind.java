package io.optionsv4.core.exit;

/** What an exit decision asks for, most drastic first: the order is the priority among actions. */
public enum ActionKind {
    /** Close the whole remaining position now. */
    CLOSE_IMMEDIATELY,
    /** Close a fraction of the original position (a scaling profit target or a Greek trigger). */
    CLOSE_PARTIAL,
    /** Adjust the position (roll, add, morph): a suggestion for the trader, never placed automatically. */
    ADJUST,
    /** Keep the position and keep watching; the reason says what was noticed, if anything. */
    MONITOR
}
