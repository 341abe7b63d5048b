package io.optionsv4.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.engine.testdata.ExecutionFaults;
import io.optionsv4.store.testdata.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reliability harness in the build: 100 randomised runs of the state machine over the paper broker with injected
 * rejections, time-outs, unfilled and partly filled legs, dropped connections, duplicated and reordered events and
 * crashes; none may leave a naked short, a duplicate order, a missing audit line or books that disagree with the
 * broker. {@code bench/run-execution-faults.sh} runs 1,000.
 */
class ExecutionFaultsIT {

    @Test
    void test_hundredRandomisedRuns_keepEveryInvariant() {
        List<ExecutionFaults.RunOutcome> outcomes = new ArrayList<>();

        ExecutionFaults.Summary s = new ExecutionFaults(TestDatabases::fresh).run(100, 20_261_207L, outcomes::add);

        assertThat(s.violations()).isEmpty();
        assertThat(s.runs()).isEqualTo(100);
        assertThat(s.executed() + s.failed()).isEqualTo(100);
        assertThat(s.executed()).isPositive();
        assertThat(s.failed()).isPositive();
        assertThat(s.crashes()).isPositive();
        assertThat(s.stops()).isPositive();
        assertThat(outcomes)
                .allMatch(o -> o.state().filter(ExecutionState::terminal).isPresent());
    }
}
