package io.optionsv4.engine.pipeline;

/**
 * Told as symbols finish, from the worker threads; implementations must be thread-safe and fast. An exception it throws
 * does not change the symbol's outcome: the run reports it among its warnings.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (outcome, done, total) -> {};

    /**
     * Called once per symbol when its analysis (and storage) ends.
     *
     * @param outcome what happened to the symbol
     * @param done symbols finished so far, including this one
     * @param total symbols in the run
     */
    void finished(SymbolOutcome outcome, int done, int total);
}
