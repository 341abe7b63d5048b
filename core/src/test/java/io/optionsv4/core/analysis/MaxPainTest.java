package io.optionsv4.core.analysis;

import static io.optionsv4.core.testdata.Chains.Strike.oi;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.testdata.Chains;
import org.junit.jupiter.api.Test;

class MaxPainTest {

    /**
     * Strikes 90, 100, 110 with call OI 100, 300, 500 and put OI 400, 200, 100. The writers pay at settlement:
     *
     * <ul>
     *   <li>90: calls 0; puts 200·10 + 100·20 = 4,000 → 4,000.
     *   <li>100: calls 100·10 = 1,000; puts 100·10 = 1,000 → 2,000.
     *   <li>110: calls 100·20 + 300·10 = 5,000; puts 0 → 5,000.
     * </ul>
     *
     * So max pain is 100.
     */
    @Test
    void test_of_smallChain() {
        OptionChain chain = Chains.chain(104, 20, oi(90, 100, 400), oi(100, 300, 200), oi(110, 500, 100));

        assertThat(MaxPain.writersPayout(chain, 90)).isEqualTo(4_000);
        assertThat(MaxPain.writersPayout(chain, 100)).isEqualTo(2_000);
        assertThat(MaxPain.writersPayout(chain, 110)).isEqualTo(5_000);
        assertThat(MaxPain.of(chain)).hasValue(100);
    }

    /** Call OI only at 100 and put OI only at 110 of equal size: settling at either pays 10·OI, the lower wins. */
    @Test
    void test_of_tieTakesLowerStrike() {
        OptionChain chain = Chains.chain(104, 20, oi(100, 10, 0), oi(110, 0, 10));

        assertThat(MaxPain.of(chain)).hasValue(100);
    }

    @Test
    void test_of_noOpenInterest() {
        assertThat(MaxPain.of(Chains.chain(104, 20, oi(100, 0, 0)))).isEmpty();
    }
}
