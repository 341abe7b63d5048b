package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaperLiquidityTest {

    @Test
    void test_offeredUnits_theLargerShareInWholeLots() {
        PaperLiquidity liquidity = PaperLiquidity.DEFAULT;

        // 5 % of 20 contracts = 1 lot; 1 % of 7,500 units = 75 = 1 lot.
        assertThat(liquidity.offeredUnits(20, 7_500, 75)).isEqualTo(75);
        // 5 % of 1,000 contracts = 50 lots.
        assertThat(liquidity.offeredUnits(1_000, 7_500, 75)).isEqualTo(50 * 75);
        // 1 % of 750,000 units = 7,500 units = 100 lots, above 5 % of 100 contracts.
        assertThat(liquidity.offeredUnits(100, 750_000, 75)).isEqualTo(100 * 75);
        assertThat(liquidity.offeredUnits(10, 1_000, 75))
                .as("less than a lot offers nothing")
                .isZero();
    }

    @Test
    void test_shares_outsideZeroToOne_areRefused() {
        assertThatThrownBy(() -> new PaperLiquidity(1.5, 0)).hasMessageContaining("volumeShare");
        assertThatThrownBy(() -> new PaperLiquidity(0, -0.1)).hasMessageContaining("openInterestShare");
    }
}
