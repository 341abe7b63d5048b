package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.engine.testdata.TestClock;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiPaperAccountStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper broker over the project's default market, the simulated NSE market: an iron condor on NIFTY. */
class PaperBrokerSimulatedMarketTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void test_ironCondorOnNifty_fillsAtTheSimulatedBidAndAskAndBlocksLessThanItsShortStrangle() {
        SimulatedMarketData market = new SimulatedMarketData(SimulatedMarketData.DEFAULT_SEED);
        LocalDate expiry = market.expiries("NIFTY", DAY).get(1).date();
        OptionChain chain = market.optionChain("NIFTY", expiry, DAY);
        int lot = chain.lotSize().orElseThrow().unitsPerLot();
        double atm = chain.atmStrike().orElseThrow();
        double step = chain.strikes().get(1) - chain.strikes().get(0);
        TestClock clock = new TestClock(
                DAY.atTime(11, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant());
        PaperBroker broker = new PaperBroker(
                market, new JdbiPaperAccountStore(database.jdbi()), clock, PaperSettings.DEFAULT.withAccount("sim"));

        OptionInstrument longPut = contract(expiry, Right.PUT, atm - 8 * step);
        OptionInstrument shortPut = contract(expiry, Right.PUT, atm - 4 * step);
        OptionInstrument shortCall = contract(expiry, Right.CALL, atm + 4 * step);
        OptionInstrument longCall = contract(expiry, Right.CALL, atm + 8 * step);
        Money strangle = broker.margin(
                java.util.List.of(order(shortPut, Side.SELL, lot, 1), order(shortCall, Side.SELL, lot, 2)));

        Order[] legs = {
            broker.place(order(longPut, Side.BUY, lot, 3)),
            broker.place(order(longCall, Side.BUY, lot, 4)),
            broker.place(order(shortPut, Side.SELL, lot, 5)),
            broker.place(order(shortCall, Side.SELL, lot, 6))
        };

        for (Order leg : legs) {
            assertThat(leg.status())
                    .as("%s: %s", leg.request().instrument().displayName(), leg.reason())
                    .isEqualTo(OrderStatus.FILLED);
            OptionInstrument c = (OptionInstrument) leg.request().instrument();
            BidAsk book = chain.quote(c.strike().rupees(), c.right())
                    .orElseThrow()
                    .bidAsk()
                    .orElseThrow();
            double expected = leg.request().side() == Side.BUY ? book.ask() : book.bid();
            Fill fill = broker.trades().stream()
                    .filter(f -> f.orderId().equals(leg.orderId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(fill.price()).isEqualTo(Money.ofRupees(expected, RoundingMode.HALF_UP));
        }
        Funds funds = broker.funds();
        assertThat(funds.utilized().paise()).isPositive();
        assertThat(funds.utilized()).isLessThan(strangle);
        assertThat(broker.positions()).hasSize(4);
    }

    private static OptionInstrument contract(LocalDate expiry, Right right, double strike) {
        return new OptionInstrument("NIFTY", right, Money.ofRupees(strike, RoundingMode.HALF_UP), expiry);
    }

    private static OrderRequest order(OptionInstrument c, Side side, int lot, int leg) {
        return new OrderRequest(
                CorrelationId.of("sim", 1, leg, CorrelationId.Purpose.ENTRY, 1),
                c,
                side,
                lot,
                lot,
                OrderType.MARKET,
                Optional.empty(),
                Validity.DAY);
    }
}
