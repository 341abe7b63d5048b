package io.optionsv4.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExchangeSegmentTest {

    @Test
    void test_parse_dhanSegmentNames() {
        assertThat(ExchangeSegment.parse("nse_fno")).isEqualTo(ExchangeSegment.NSE_FNO);
        assertThat(ExchangeSegment.parse(" IDX_I ")).isEqualTo(ExchangeSegment.IDX_I);
        assertThatThrownBy(() -> ExchangeSegment.parse("BSE_EQ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BSE_EQ");
    }

    @Test
    void test_feedCode_dhanBinaryFeedCodes() {
        assertThat(ExchangeSegment.IDX_I.feedCode()).isZero();
        assertThat(ExchangeSegment.NSE_EQ.feedCode()).isEqualTo(1);
        assertThat(ExchangeSegment.NSE_FNO.feedCode()).isEqualTo(2);
    }

    @Test
    void test_quoteSegment_byUnderlyingKind() {
        assertThat(UnderlyingKind.INDEX.quoteSegment()).isEqualTo(ExchangeSegment.IDX_I);
        assertThat(UnderlyingKind.STOCK.quoteSegment()).isEqualTo(ExchangeSegment.NSE_EQ);
    }
}
