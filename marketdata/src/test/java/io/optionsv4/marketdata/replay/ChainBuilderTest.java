package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.Black76;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Chains built from rows priced with Black-76 at a known forward and vol, so every figure is known exactly. */
class ChainBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2020, 1, 30);
    private static final double FORWARD = 12240;
    private static final double VOL = 0.12;
    private static final double RATE = 0.065;
    private static final double YEARS = 29 / 365.0;
    private static final double DF = Math.exp(-RATE * YEARS);
    private static final ChainBuilder.Inputs INPUTS = new ChainBuilder.Inputs(
            "NIFTY", EXPIRY, AS_OF, OptionalDouble.of(12182.5), RATE, OptionalDouble.empty(), Optional.empty());

    @Test
    void test_build_recoversForwardAndVol() {
        OptionChain chain = ChainBuilder.build(INPUTS, rows(1000));

        assertThat(chain.forward().orElseThrow().price()).isCloseTo(FORWARD, within(1e-6));
        assertThat(chain.strikes()).containsExactly(12100.0, 12200.0, 12300.0, 12400.0);
        assertThat(chain.atmStrike()).hasValue(12200.0);
        for (Right right : Right.values()) {
            var quote = chain.quote(12300, right).orElseThrow();
            assertThat(quote.impliedVolatility().orElseThrow()).isCloseTo(VOL, within(1e-9));
            assertThat(quote.greeks().orElseThrow().vega())
                    .isCloseTo(
                            Black76.greeks(right, FORWARD, 12300, YEARS, VOL, DF)
                                    .vega(),
                            within(1e-6));
        }
        assertThat(chain.discountFactor()).isCloseTo(DF, within(1e-15));
    }

    @Test
    void test_build_untradedMarkedNotPriced() {
        List<OptionRow> rows = new ArrayList<>(rows(1000));
        rows.add(row(12500, Right.CALL, 0));

        var quote = ChainBuilder.build(INPUTS, rows).quote(12500, Right.CALL).orElseThrow();

        assertThat(quote.quality()).isEqualTo(QuoteQuality.UNTRADED);
        assertThat(quote.impliedVolatility()).isEmpty();
        assertThat(quote.valuation()).isInstanceOf(Valuation.Unpriced.class);
    }

    @Test
    void test_build_noTwoSidedStrikeMeansNoForward() {
        OptionChain chain = ChainBuilder.build(INPUTS, List.of(row(12100, Right.CALL, 10), row(12200, Right.PUT, 10)));

        assertThat(chain.forward()).isEmpty();
        assertThat(chain.atmStrike()).as("falls back to the spot").hasValue(12200.0);
        assertThat(chain.quote(12100, Right.CALL).orElseThrow().quality()).isEqualTo(QuoteQuality.NO_FORWARD);
        assertThat(chain.row(12100).orElseThrow().put()).isEmpty();
    }

    @Test
    void test_build_futureIsTheForwardWhenNoStrikeIsTwoSided() {
        var inputs = new ChainBuilder.Inputs(
                "NIFTY", EXPIRY, AS_OF, OptionalDouble.of(12182.5), RATE, OptionalDouble.of(FORWARD), Optional.empty());

        OptionChain chain = ChainBuilder.build(inputs, List.of(row(12100, Right.CALL, 10), row(12200, Right.PUT, 10)));

        assertThat(chain.forward()).contains(ForwardPrice.ofFuture(FORWARD));
        assertThat(chain.quote(12100, Right.CALL)
                        .orElseThrow()
                        .impliedVolatility()
                        .orElseThrow())
                .isCloseTo(VOL, within(1e-9));
    }

    @Test
    void test_build_priceBelowIntrinsicHasNoIv() {
        List<OptionRow> rows = new ArrayList<>(rows(1000));
        rows.add(new OptionRow("NIFTY", EXPIRY, 11000, Right.CALL, 1, 1, 1, 5, 75, 0, 0, 0));

        var quote = ChainBuilder.build(INPUTS, rows).quote(11000, Right.CALL).orElseThrow();

        assertThat(quote.quality()).isEqualTo(QuoteQuality.NO_IV);
        assertThat(((Valuation.Unpriced) quote.valuation()).reason()).isEqualTo("BELOW_INTRINSIC");
    }

    @Test
    void test_build_lotFromRowsWhenTheyCarryOne() {
        List<OptionRow> rows = List.of(new OptionRow("NIFTY", EXPIRY, 12200, Right.CALL, 1, 1, 1, 5, 65, 0, 0, 65));

        assertThat(ChainBuilder.build(INPUTS, rows).lotSize().orElseThrow().unitsPerLot())
                .isEqualTo(65);
        assertThat(ChainBuilder.build(INPUTS, rows(10)).lotSize()).isEmpty();
    }

    private static List<OptionRow> rows(long contracts) {
        List<OptionRow> rows = new ArrayList<>();
        for (double strike = 12100; strike <= 12400; strike += 100) {
            rows.add(row(strike, Right.CALL, contracts));
            rows.add(row(strike, Right.PUT, contracts));
        }
        return rows;
    }

    private static OptionRow row(double strike, Right right, long contracts) {
        double price = Black76.price(right, FORWARD, strike, YEARS, VOL, DF);
        return new OptionRow(
                "NIFTY", EXPIRY, strike, right, contracts > 0 ? price : 0, price, price, contracts, 750, 75, 0, 0);
    }
}
