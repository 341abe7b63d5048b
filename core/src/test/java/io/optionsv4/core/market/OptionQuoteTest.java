package io.optionsv4.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The valuation accessors and the quote's checks; also the row and valuation invariants it relies on. */
class OptionQuoteTest {

    private static final OptionGreeks GREEKS = new OptionGreeks(0.49, 0.0011, 13.7, -2.4, -0.11);

    @Test
    void test_impliedVolatility_pricedQuote() {
        OptionQuote quote = quote(new Valuation.Priced(0.104, GREEKS), 2453);

        assertThat(quote.quality()).isEqualTo(QuoteQuality.OK);
        assertThat(quote.impliedVolatility()).hasValue(0.104);
        assertThat(quote.greeks()).contains(GREEKS);
        assertThat(quote.isTraded()).isTrue();
    }

    @Test
    void test_impliedVolatility_unpricedQuoteHasNone() {
        OptionQuote quote = quote(new Valuation.Unpriced(QuoteQuality.UNTRADED, "no contracts"), 0);

        assertThat(quote.quality()).isEqualTo(QuoteQuality.UNTRADED);
        assertThat(quote.quality().isPriced()).isFalse();
        assertThat(quote.impliedVolatility()).isEmpty();
        assertThat(quote.greeks()).isEmpty();
    }

    @Test
    void test_new_negativeSettleRejected() {
        assertThatThrownBy(() -> new OptionQuote(
                        Right.CALL,
                        12250,
                        0,
                        1,
                        -1,
                        Optional.empty(),
                        0,
                        0,
                        0,
                        new Valuation.Unpriced(QuoteQuality.UNTRADED, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settle");
    }

    @Test
    void test_unpriced_cannotClaimOk() {
        assertThatThrownBy(() -> new Valuation.Unpriced(QuoteQuality.OK, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_chainRow_sideOfTheWrongRightRejected() {
        OptionQuote call = quote(new Valuation.Priced(0.1, GREEKS), 1);

        assertThatThrownBy(() -> new ChainRow(12250, Optional.empty(), Optional.of(call)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUT holds a CALL");
        assertThatThrownBy(() -> new ChainRow(12250, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_bidAsk_crossedRejectedMidComputed() {
        assertThat(new BidAsk(10, 11).mid()).isEqualTo(10.5);
        assertThatThrownBy(() -> new BidAsk(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static OptionQuote quote(Valuation valuation, long volume) {
        return new OptionQuote(
                Right.CALL,
                12250,
                volume > 0 ? 137.55 : 0,
                137.55,
                137.55,
                Optional.empty(),
                volume,
                160200,
                23925,
                valuation);
    }
}
