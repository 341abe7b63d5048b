package io.optionsv4.engine.execution;

/** The outcome of one pre-trade check. */
public enum Verdict {
    /** The check passed. */
    PASS,
    /** The check failed: the strategy is not sent. */
    FAIL,
    /** The check was not applied, on request (paper trading on recorded data); it does not block. */
    WAIVED;

    /** Returns true unless the check failed. */
    public boolean allows() {
        return this != FAIL;
    }
}
