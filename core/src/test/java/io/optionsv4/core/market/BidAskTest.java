package io.optionsv4.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BidAskTest {

    @Test
    void test_bidAsk_withoutQuantities_reportsNone() {
        BidAsk book = new BidAsk(99.5, 100.5);

        assertThat(book.bidQuantity()).isZero();
        assertThat(book.askQuantity()).isZero();
        assertThat(book.hasQuantities()).isFalse();
        assertThat(book.mid()).isEqualTo(100.0);
    }

    @Test
    void test_bidAsk_withQuantities_keepsBothSides() {
        BidAsk book = new BidAsk(99.5, 100.5, 750, 150);

        assertThat(book.bidQuantity()).isEqualTo(750);
        assertThat(book.askQuantity()).isEqualTo(150);
        assertThat(book.hasQuantities()).isTrue();
        assertThat(new BidAsk(99.5, 100.5, 750, 0).hasQuantities()).isFalse();
    }

    @Test
    void test_bidAsk_negativeQuantityOrCrossedBook_isRefused() {
        assertThatThrownBy(() -> new BidAsk(99.5, 100.5, -1, 0)).hasMessageContaining("bidQuantity");
        assertThatThrownBy(() -> new BidAsk(99.5, 100.5, 0, -75)).hasMessageContaining("askQuantity");
        assertThatThrownBy(() -> new BidAsk(101, 100)).hasMessageContaining("below bid");
    }
}
