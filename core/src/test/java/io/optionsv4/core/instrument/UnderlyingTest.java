package io.optionsv4.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnderlyingTest {

    @Test
    void test_quoteSegment_indexAndStock() {
        Underlying nifty = new Underlying("NIFTY", "NIFTY 50", UnderlyingKind.INDEX, "Index", "Index");
        Underlying reliance = new Underlying(
                "RELIANCE",
                "Reliance Industries Ltd.",
                UnderlyingKind.STOCK,
                "Oil Gas & Consumable Fuels",
                "Oil Gas & Consumable Fuels");
        assertThat(nifty.isIndex()).isTrue();
        assertThat(nifty.quoteSegment()).isEqualTo(ExchangeSegment.IDX_I);
        assertThat(reliance.quoteSegment()).isEqualTo(ExchangeSegment.NSE_EQ);
    }

    @Test
    void test_new_rejectsBlankSymbol() {
        assertThatThrownBy(() -> new Underlying(" ", "x", UnderlyingKind.STOCK, "i", "s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbol");
    }
}
