package io.optionsv4.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The two sources of a chain's forward and what each must carry. */
class ForwardPriceTest {

    @Test
    void test_ofParity_carriesItsEvidence() {
        ForwardPrice forward = ForwardPrice.ofParity(12239.86, 3, 2.57);

        assertThat(forward.source()).isEqualTo(ForwardPrice.Source.PUT_CALL_PARITY);
        assertThat(forward.strikesUsed()).isEqualTo(3);
    }

    @Test
    void test_ofFuture_restsOnNoStrikes() {
        assertThat(ForwardPrice.ofFuture(12243.8))
                .isEqualTo(new ForwardPrice(12243.8, ForwardPrice.Source.FUTURE, 0, 0));
    }

    @Test
    void test_new_sourceAndStrikesMustAgree() {
        assertThatThrownBy(() -> new ForwardPrice(12240, ForwardPrice.Source.PUT_CALL_PARITY, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUT_CALL_PARITY forward cannot rest on 0 strikes");
        assertThatThrownBy(() -> new ForwardPrice(12240, ForwardPrice.Source.FUTURE, 3, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForwardPrice.ofFuture(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
