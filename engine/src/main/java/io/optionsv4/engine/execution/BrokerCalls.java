package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.BrokerException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls the broker, after committing every change gathered so far, with the retries the port allows: a call the
 * broker did not take ({@code UNAVAILABLE},
 * {@code RATE_LIMITED}) is tried again after a pause, up to a number of attempts, and then stops the execution; an
 * {@code AUTH} failure stops it at once. Other failures ({@code REJECTED}, {@code INVALID}, {@code OUTCOME_UNKNOWN})
 * are the caller's to interpret. Not thread-safe (one execution thread).
 */
final class BrokerCalls {

    private final int attempts;
    private final Duration pause;
    private final Pacer pacer;
    private final Pacer.EventWait events;
    private final Runnable persist;

    /** Creates the calls; {@code persist} commits what is gathered and runs before every call. */
    BrokerCalls(int attempts, Duration pause, Pacer pacer, Pacer.EventWait events, Runnable persist) {
        this.attempts = Checks.positive(attempts, "attempts");
        this.pause = Checks.notNull(pause, "pause");
        this.pacer = Checks.notNull(pacer, "pacer");
        this.events = Checks.notNull(events, "events");
        this.persist = Checks.notNull(persist, "persist");
    }

    /**
     * Runs {@code call}, retrying what may be retried.
     *
     * @throws ExecutionStopped when the broker stays unavailable or refuses the credentials
     * @throws BrokerException for the other kinds
     */
    <T> T call(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            persist.run();
            try {
                return call.get();
            } catch (BrokerException e) {
                if (e.kind() == BrokerException.Kind.AUTH) {
                    throw new ExecutionStopped(
                            "the broker refused the credentials while " + what + ": " + e.getMessage(), e);
                }
                if (!e.retryable()) {
                    throw e;
                }
                if (attempt >= attempts) {
                    throw new ExecutionStopped(
                            "the broker was unavailable while " + what + " (" + attempts + " attempts): "
                                    + e.getMessage(),
                            e);
                }
                pacer.pause(pause, events);
            }
        }
    }
}
