package io.optionsv4.core.probability;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.pricing.BlackScholesMerton;
import org.junit.jupiter.api.Test;

class ExpectedMoveTest {

    @Test
    void test_fromVolatility_spotTimesVolTimesRootTime() {
        assertThat(ExpectedMove.fromVolatility(1600, 0.20, 0.25)).isCloseTo(160.0, within(1e-12));
        assertThat(ExpectedMove.fromVolatility(1600, 0.20, 0)).isEqualTo(0.0);
    }

    @Test
    void test_fromStraddle_eightyFivePercent() {
        assertThat(ExpectedMove.fromStraddle(100)).isCloseTo(85.0, within(1e-12));
    }

    @Test
    void test_oneSigmaFromStraddle_roundTripsBlackScholes() {
        double forward = 1500;
        double vol = 0.3;
        double years = 30 / 365.0;
        double straddle = BlackScholesMerton.price(CALL, forward, forward, years, vol, 0, 0)
                + BlackScholesMerton.price(PUT, forward, forward, years, vol, 0, 0);

        assertThat(ExpectedMove.oneSigmaFromStraddle(forward, straddle))
                .isCloseTo(forward * vol * Math.sqrt(years), within(1e-9));
        assertThat(ExpectedMove.fromStraddle(straddle))
                .isCloseTo(0.85 * Math.sqrt(2 / Math.PI) * forward * vol * Math.sqrt(years), within(0.05));
    }

    @Test
    void test_oneSigmaFromStraddle_impossiblePrice() {
        assertThatThrownBy(() -> ExpectedMove.oneSigmaFromStraddle(100, 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("straddlePrice");
    }
}
