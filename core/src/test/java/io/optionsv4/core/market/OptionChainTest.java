package io.optionsv4.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Lookups, the ATM strike and the chain's invariants. */
class OptionChainTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2020, 1, 30);
    private static final Valuation UNTRADED = new Valuation.Unpriced(QuoteQuality.UNTRADED, "no contracts");

    @Test
    void test_lookups_byStrikeAndRight() {
        OptionChain chain = chain(Optional.of(ForwardPrice.ofParity(12240, 3, 2.5)), rows(12100, 12200, 12300));

        assertThat(chain.strikes()).containsExactly(12100.0, 12200.0, 12300.0);
        assertThat(chain.quote(12200, Right.PUT).orElseThrow().right()).isEqualTo(Right.PUT);
        assertThat(chain.quote(12150, Right.PUT)).isEmpty();
        assertThat(chain.quotes(Right.CALL)).hasSize(3);
        assertThat(chain.row(12300).orElseThrow().quote(Right.CALL)).isPresent();
    }

    @Test
    void test_atmStrike_nearestTheForward() {
        assertThat(chain(Optional.of(ForwardPrice.ofParity(12260, 3, 1)), rows(12100, 12200, 12300))
                        .atmStrike())
                .hasValue(12300.0);
    }

    @Test
    void test_atmStrike_spotWithoutForwardAndEmptyWithNeither() {
        assertThat(chain(Optional.empty(), rows(12100, 12200, 12300)).atmStrike())
                .hasValue(12200.0);
        OptionChain noPrices = new OptionChain(
                "BANKNIFTY",
                EXPIRY,
                AS_OF,
                OptionalDouble.empty(),
                Optional.empty(),
                0.065,
                29 / 365.0,
                Optional.empty(),
                rows(32000));
        assertThat(noPrices.atmStrike()).isEmpty();
    }

    @Test
    void test_new_unsortedStrikesRejected() {
        assertThatThrownBy(() -> chain(Optional.empty(), rows(12200, 12100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12100.0 follows 12200.0");
    }

    @Test
    void test_new_expiryBeforeAsOfRejected() {
        assertThatThrownBy(() -> new OptionChain(
                        "NIFTY",
                        AS_OF.minusDays(1),
                        AS_OF,
                        OptionalDouble.empty(),
                        Optional.empty(),
                        0.065,
                        0,
                        Optional.empty(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before asOf");
    }

    @Test
    void test_discountFactor_fromRateAndYears() {
        OptionChain chain = chain(Optional.empty(), rows(12200));

        assertThat(chain.discountFactor()).isEqualTo(Math.exp(-0.065 * 29 / 365.0));
    }

    @Test
    void test_source_exchangeUnlessNamed() {
        OptionChain exchange = chain(Optional.empty(), rows(12200));
        OptionChain model = new OptionChain(
                exchange.underlying(),
                exchange.expiry(),
                exchange.asOf(),
                exchange.spot(),
                exchange.forward(),
                exchange.rate(),
                exchange.yearsToExpiry(),
                exchange.lotSize(),
                exchange.rows(),
                ChainSource.MODEL);

        assertThat(exchange.source()).isEqualTo(ChainSource.EXCHANGE);
        assertThat(exchange.source().isExchangePrice()).isTrue();
        assertThat(model.source().isExchangePrice()).isFalse();
        assertThat(ChainSource.SIMULATED.isExchangePrice()).isFalse();
        assertThatThrownBy(() -> new OptionChain(
                        "NIFTY",
                        EXPIRY,
                        AS_OF,
                        OptionalDouble.empty(),
                        Optional.empty(),
                        0.065,
                        0.1,
                        Optional.empty(),
                        List.of(),
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
    }

    private static OptionChain chain(Optional<ForwardPrice> forward, List<ChainRow> rows) {
        return new OptionChain(
                "NIFTY",
                EXPIRY,
                AS_OF,
                OptionalDouble.of(12182.5),
                forward,
                0.065,
                29 / 365.0,
                Optional.of(LotSize.of(75, YearMonth.of(2020, 1))),
                rows);
    }

    private static List<ChainRow> rows(double... strikes) {
        return java.util.Arrays.stream(strikes)
                .mapToObj(k -> new ChainRow(k, Optional.of(quote(Right.CALL, k)), Optional.of(quote(Right.PUT, k))))
                .toList();
    }

    private static OptionQuote quote(Right right, double strike) {
        return new OptionQuote(right, strike, 0, 10, 10, Optional.empty(), 0, 75, 0, UNTRADED);
    }
}
