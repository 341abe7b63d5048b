package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.testdata.Chains;
import io.optionsv4.core.testdata.Chains.Strike;
import java.util.List;
import org.junit.jupiter.api.Test;

class PutCallRatioTest {

    @Test
    void test_of_byOpenInterestAndVolume() {
        PutCallRatio pcr = PutCallRatio.of(
                Chains.chain(100, 20, new Strike(95, 100, 300, 10, 40, 0.2), new Strike(105, 300, 100, 30, 20, 0.2)));

        assertThat(pcr.byOpenInterest().getAsDouble()).isCloseTo(400.0 / 400, within(1e-12));
        assertThat(pcr.byVolume().getAsDouble()).isCloseTo(60.0 / 40, within(1e-12));
    }

    @Test
    void test_of_sumsOverExpiries() {
        PutCallRatio pcr = PutCallRatio.of(List.of(
                Chains.chain(100, 20, Strike.oi(100, 100, 50)), Chains.chain(100, 50, Strike.oi(100, 100, 250))));

        assertThat(pcr.byOpenInterest().getAsDouble()).isCloseTo(300.0 / 200, within(1e-12));
    }

    @Test
    void test_of_noCallsGivesNoRatio() {
        PutCallRatio pcr = PutCallRatio.of(Chains.chain(100, 20, Strike.oi(100, 0, 50)));

        assertThat(pcr.byOpenInterest()).isEmpty();
        assertThat(pcr.byVolume()).isEmpty();
    }
}
