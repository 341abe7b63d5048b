package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The outcome of an {@code execute} run: the broker, the executions found in flight and resumed first, then the
 * strategies asked for.
 *
 * @param broker the broker's name
 * @param live true when orders moved real money
 * @param resumed the executions that were in flight at the start, reconciled and driven on
 * @param outcomes the strategies asked for, in order
 */
public record ExecutionReport(
        String broker, boolean live, List<ExecutionOutcome> resumed, List<ExecutionOutcome> outcomes) {

    /** Validates the components and copies the lists. */
    public ExecutionReport {
        Checks.notBlank(broker, "broker");
        resumed = List.copyOf(Checks.notNull(resumed, "resumed"));
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
    }

    /** Returns true when an execution stopped in flight. */
    public boolean stopped() {
        return resumed.stream().anyMatch(o -> o.result().inFlight())
                || outcomes.stream().anyMatch(o -> o.result().inFlight());
    }
}
