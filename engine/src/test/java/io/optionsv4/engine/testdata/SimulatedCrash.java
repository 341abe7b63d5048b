package io.optionsv4.engine.testdata;

/**
 * The process dies: thrown by the {@link FaultInjectingBroker} at a chosen broker call, before the call reaches the
 * broker or after the broker has done it but before its answer is seen. Nothing in the execution catches it; the
 * harness abandons the service and starts a new one over the same database and broker state.
 */
public final class SimulatedCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the crash at {@code call}. */
    public SimulatedCrash(String call) {
        super("simulated crash at " + call);
    }
}
