package io.optionsv4.engine.execution;

/**
 * The execution of a strategy cannot go on now: the broker is unavailable or refuses the credentials, an order's
 * outcome cannot be learnt, or an unwind did not complete. The state stays as persisted; a later run reconciles and
 * resumes.
 */
final class ExecutionStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ExecutionStopped(String message, Throwable cause) {
        super(message, cause);
    }

    ExecutionStopped(String message) {
        super(message);
    }
}
