package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class QuoteValuerTest {

    private static final OptionalDouble FORWARD = OptionalDouble.of(12240);
    private static final double YEARS = 29 / 365.0;
    private static final double DF = Math.exp(-0.065 * YEARS);

    @Test
    void test_value_tradedOptionGetsItsImpliedVolatilityAndGreeks() {
        double mark = Black76.price(Right.CALL, 12240, 12300, YEARS, 0.11, DF);

        Valuation valuation = QuoteValuer.value(true, Right.CALL, mark, FORWARD, 12300, YEARS, DF);

        assertThat(valuation).isInstanceOf(Valuation.Priced.class);
        Valuation.Priced priced = (Valuation.Priced) valuation;
        assertThat(priced.impliedVolatility()).isCloseTo(0.11, within(1e-12));
        Greeks g = Black76.greeks(Right.CALL, 12240, 12300, YEARS, priced.impliedVolatility(), DF);
        assertThat(priced.greeks().delta()).isEqualTo(g.delta());
        assertThat(priced.greeks().vega()).isEqualTo(g.vega());
    }

    @Test
    void test_value_saysWhyThereIsNoVolatility() {
        assertThat(QuoteValuer.value(false, Right.PUT, 10, FORWARD, 12000, YEARS, DF)
                        .quality())
                .isEqualTo(QuoteQuality.UNTRADED);
        assertThat(QuoteValuer.value(true, Right.PUT, 10, FORWARD, 12000, 0, DF).quality())
                .isEqualTo(QuoteQuality.NO_IV);
        assertThat(QuoteValuer.value(true, Right.PUT, 10, OptionalDouble.empty(), 12000, YEARS, DF)
                        .quality())
                .isEqualTo(QuoteQuality.NO_FORWARD);
        Valuation belowIntrinsic = QuoteValuer.value(true, Right.CALL, 1, FORWARD, 12000, YEARS, DF);
        assertThat(belowIntrinsic.quality()).isEqualTo(QuoteQuality.NO_IV);
        assertThat(((Valuation.Unpriced) belowIntrinsic).reason()).isEqualTo("BELOW_INTRINSIC");
    }
}
