package io.optionsv4.core.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Side;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ExecutablePricesTest {

    private static final String CONTRACT = "NIFTY 2020-01-30 12000 CALL";
    private static final double EPS = 1e-9;

    private final ExecutablePrices prices = ExecutablePrices.DEFAULT;

    @Test
    void test_fromBook_buyAtTheAskSellAtTheBid() {
        LegPrice buy = (LegPrice) prices.fromBook(CONTRACT, Side.BUY, 10.0, 10.5);
        LegPrice sell = (LegPrice) prices.fromBook(CONTRACT, Side.SELL, 10.0, 10.5);

        assertThat(buy.reference()).isEqualTo(10.25);
        assertThat(buy.executable()).isEqualTo(10.5);
        assertThat(sell.executable()).isEqualTo(10.0);
        assertThat(sell.costPerUnit()).isCloseTo(0.25, within(EPS));
        assertThat(buy.source()).isEqualTo(PriceSource.BOOK);
    }

    @Test
    void test_fromBook_slippageOnTop() {
        ExecutablePrices slipping = new ExecutablePrices(SpreadModel.DEFAULT, Slippage.ofTicks(2));

        assertThat(((LegPrice) slipping.fromBook(CONTRACT, Side.BUY, 10.0, 10.5)).executable())
                .isCloseTo(10.6, within(EPS));
        assertThat(((LegPrice) slipping.fromBook(CONTRACT, Side.SELL, 10.0, 10.5)).executable())
                .isCloseTo(9.9, within(EPS));
    }

    @Test
    void test_fromBook_missingBid() {
        BadPrice bad = (BadPrice) prices.fromBook(CONTRACT, Side.SELL, 0.0, 10.5);

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.MISSING);
        assertThat(bad.field()).isEqualTo("bid");
        assertThat(bad.message()).startsWith(CONTRACT + ": bid is missing");
    }

    @Test
    void test_fromBook_missingAsk() {
        BadPrice bad = (BadPrice) prices.fromBook(CONTRACT, Side.BUY, 10.0, Double.NaN);

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.MISSING);
        assertThat(bad.field()).isEqualTo("ask");
    }

    @Test
    void test_fromBook_crossed() {
        BadPrice bad = (BadPrice) prices.fromBook(CONTRACT, Side.BUY, 11.0, 10.5);

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.CROSSED);
        assertThat(bad.field()).isEqualTo("book");
        assertThat(bad.message()).contains(CONTRACT).contains("bid 11.0 > ask 10.5");
    }

    @Test
    void test_fromBook_negativePrice() {
        BadPrice bad = (BadPrice) prices.fromBook(CONTRACT, Side.BUY, -1.0, 10.5);

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.NON_POSITIVE);
        assertThat(bad.field()).isEqualTo("bid");
    }

    @Test
    void test_fromBook_slippageLeavesNothingToSell() {
        ExecutablePrices slipping = new ExecutablePrices(SpreadModel.DEFAULT, Slippage.ofTicks(1));

        BadPrice bad = (BadPrice) slipping.fromBook(CONTRACT, Side.SELL, 0.05, 0.10);

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.NON_POSITIVE);
    }

    @Test
    void test_fromModel_zeroClose() {
        BadPrice bad = (BadPrice) prices.fromModel(CONTRACT, Side.BUY, new SpreadInputs(0, 0, 10, 5, 1000, true));

        assertThat(bad.problem()).isEqualTo(BadPrice.Problem.NON_POSITIVE);
        assertThat(bad.field()).isEqualTo("close");
    }

    @Test
    void test_fromModel_halfSpreadAroundTheCloseOnTheTick() {
        SpreadInputs in = new SpreadInputs(100, 0, 7, 5000, 20_000, true);
        double half = SpreadModel.DEFAULT.halfSpread(in);

        LegPrice buy = (LegPrice) prices.fromModel(CONTRACT, Side.BUY, in);

        assertThat(buy.source()).isEqualTo(PriceSource.MODEL);
        assertThat(buy.ask()).isGreaterThanOrEqualTo(100 + half - EPS).isLessThan(100 + half + 0.05);
        assertThat(buy.bid()).isLessThanOrEqualTo(100 - half + EPS).isGreaterThan(100 - half - 0.05);
        assertThat(Math.abs(buy.ask() / 0.05 - Math.rint(buy.ask() / 0.05))).isLessThan(1e-6);
    }

    @Property(tries = 300)
    void executablePriceIsOnTheCorrectSideOfTheReference(
            @ForAll @DoubleRange(min = 0.06, max = 3000) double close,
            @ForAll @DoubleRange(min = -4, max = 4) double x,
            @ForAll @LongRange(min = 0, max = 120) long days,
            @ForAll @LongRange(min = 0, max = 100_000) long volume,
            @ForAll @IntRange(min = 0, max = 5) int ticks,
            @ForAll boolean index) {
        ExecutablePrices p = new ExecutablePrices(SpreadModel.DEFAULT, Slippage.ofTicks(ticks));
        SpreadInputs in = new SpreadInputs(close, x, days, volume, volume / 3.0, index);
        LegPricing buy = p.fromModel(CONTRACT, Side.BUY, in);
        LegPricing sell = p.fromModel(CONTRACT, Side.SELL, in);

        assertThat(buy)
                .isInstanceOfSatisfying(
                        LegPrice.class, b -> assertThat(b.executable()).isGreaterThan(close));
        if (sell instanceof LegPrice s) {
            assertThat(s.executable()).isLessThan(close).isPositive();
        } else {
            assertThat(((BadPrice) sell).problem()).isEqualTo(BadPrice.Problem.NON_POSITIVE);
        }
    }
}
