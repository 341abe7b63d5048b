package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad capital is refused with exit 2 before any database or market data is opened. */
class AllocateCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-5", "abc", "1e12", "1e13", "NaN", "Infinity"})
    void test_allocate_badCapital(String capital) {
        Cli.Run run = Cli.run("", "allocate", "--", capital);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("CAPITAL");
        assertThat(run.out()).isEmpty();
    }
}
