package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.testdata.Candles;
import io.optionsv4.core.testdata.Chains;
import io.optionsv4.core.testdata.Chains.Strike;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockProfileTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @Test
    void test_volatilityBucket_atTheThresholds() {
        assertThat(VolatilityBucket.of(0.1999)).isEqualTo(VolatilityBucket.LOW);
        assertThat(VolatilityBucket.of(0.20)).isEqualTo(VolatilityBucket.MODERATE);
        assertThat(VolatilityBucket.of(0.35)).isEqualTo(VolatilityBucket.HIGH);
        assertThat(VolatilityBucket.of(0.50)).isEqualTo(VolatilityBucket.VERY_HIGH);
    }

    /**
     * Stock volume 1,000 a day: log10(1001) / 7 = 0.4287. Options: 99,999 contracts → log10(100,000) / 5 = 1; OI
     * 9,999,999 units → 1; ATM bid/ask 9.5/10.5 is a 10 % spread → 0. Mean (0.4287 + 1 + 1 + 0) / 4.
     */
    @Test
    void test_of_liquidityComponents() {
        var chain = Chains.chain(100, 20, new Strike(100, 5_000_000, 4_999_999, 50_000, 49_999, 0.2));

        StockProfile profile = StockProfile.of(0.25, Candles.linear(30, 100, 1), List.of(chain), FAR);

        assertThat(profile.volatilityBucket()).isEqualTo(VolatilityBucket.MODERATE);
        assertThat(profile.liquidity())
                .extracting(StockProfile.ScoreComponent::name)
                .containsExactly("stock volume", "option volume", "option open interest", "ATM spread");
        double stock = Math.log10(1001) / 7;
        assertThat(profile.liquidityScore()).isCloseTo((stock + 1 + 1 + 0) / 4, within(1e-9));
    }

    @Test
    void test_of_withoutChainsOnlyStockVolume() {
        StockProfile profile = StockProfile.of(0.6, Candles.linear(30, 100, 1), List.of(), FAR);

        assertThat(profile.liquidity()).hasSize(1);
        assertThat(profile.volatilityBucket()).isEqualTo(VolatilityBucket.VERY_HIGH);
    }
}
