package io.optionsv4.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.testdata.TradeLegs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ClosingPriceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final TradeLeg LONG =
            TradeLegs.open(1, 0, Side.BUY, Right.PUT, 1500, 500, "8.00", "20.00", AS_OF.minusDays(3));
    private static final TradeLeg SHORT =
            TradeLegs.open(1, 1, Side.SELL, Right.PUT, 1500, 500, "8.00", "20.00", AS_OF.minusDays(3));

    private static OptionChain chain(Optional<BidAsk> book) {
        OptionQuote put = new OptionQuote(
                Right.PUT,
                1500,
                10,
                10,
                10,
                book,
                1_000,
                500_000,
                0,
                new Valuation.Priced(0.25, new OptionGreeks(-0.4, 0.01, 0.5, -0.3, -0.1)));
        return new OptionChain(
                "ABC",
                TradeLegs.EXPIRY,
                AS_OF,
                OptionalDouble.of(1520),
                Optional.empty(),
                0.065,
                6 / 365.0,
                Optional.empty(),
                List.of(new ChainRow(1500, Optional.empty(), Optional.of(put))));
    }

    @Test
    void test_of_longClosesAtTheBid_shortAtTheAsk() {
        OptionChain c = chain(Optional.of(new BidAsk(9.5, 10.5)));

        assertThat(ClosingPrice.of(c, LONG, ExecutablePrices.DEFAULT))
                .isEqualTo(new CurrentPrice.Quoted(10.0, 9.5, CurrentPrice.Basis.BOOK));
        assertThat(ClosingPrice.of(c, SHORT, ExecutablePrices.DEFAULT))
                .isEqualTo(new CurrentPrice.Quoted(10.0, 10.5, CurrentPrice.Basis.BOOK));
    }

    @Test
    void test_of_withoutABook_usesTheSpreadModelAroundTheClose() {
        OptionChain c = chain(Optional.empty());

        CurrentPrice.Quoted sell = (CurrentPrice.Quoted) ClosingPrice.of(c, LONG, ExecutablePrices.DEFAULT);
        CurrentPrice.Quoted buy = (CurrentPrice.Quoted) ClosingPrice.of(c, SHORT, ExecutablePrices.DEFAULT);

        assertThat(sell.basis()).isEqualTo(CurrentPrice.Basis.MODEL);
        assertThat(sell.mid()).isEqualTo(10.0);
        assertThat(sell.executable()).isLessThan(10.0).isPositive();
        assertThat(buy.executable()).isGreaterThan(10.0);
    }

    @Test
    void test_of_longNobodyBidsFor_isWorthNothingToClose() {
        OptionChain c = chain(Optional.of(new BidAsk(0, 0.1)));

        assertThat(ClosingPrice.of(c, LONG, ExecutablePrices.DEFAULT))
                .isEqualTo(new CurrentPrice.Quoted(0.05, 0, CurrentPrice.Basis.BOOK));
    }

    @Test
    void test_of_strikeNotInTheChain_isUnavailable() {
        TradeLeg other = TradeLegs.open(1, 2, Side.BUY, Right.CALL, 1500, 500, "8.00", "20.00", AS_OF);

        assertThat(ClosingPrice.of(chain(Optional.empty()), other, ExecutablePrices.DEFAULT))
                .isInstanceOfSatisfying(
                        CurrentPrice.Unavailable.class,
                        u -> assertThat(u.reason()).isEqualTo("ABC 26NOV2026 1500 CE is not in the 2026-11-20 chain"));
    }
}
