package io.optionsv4.engine.paper;

import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerContract;
import io.optionsv4.engine.testdata.QuotedMarket;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiPaperAccountStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The paper broker keeps the broker contract: a fresh account in the embedded PostgreSQL per test, over a
 * {@link QuotedMarket} that quotes the suite's books, at 10:00 IST on a Tuesday; moving the market re-quotes a book
 * and polls the broker, as a monitor does after a market refresh.
 */
class PaperBrokerContractTest extends BrokerContract {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static Database database;

    private final Map<Broker, QuotedMarket> markets = new IdentityHashMap<>();

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected LocalDate tradingDay() {
        return DAY;
    }

    @Override
    protected Broker newBroker(List<Book> books) {
        QuotedMarket market = new QuotedMarket(22_550);
        books.forEach(b -> quote(market, b));
        Clock clock =
                Clock.fixed(DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Kolkata")).toInstant(), ZoneId.of("UTC"));
        PaperBroker broker = new PaperBroker(
                market,
                new JdbiPaperAccountStore(database.jdbi()),
                clock,
                PaperSettings.DEFAULT.withAccount("contract-" + ACCOUNTS.incrementAndGet()));
        markets.put(broker, market);
        return broker;
    }

    @Override
    protected void moveMarket(Broker broker, Book book) {
        quote(markets.get(broker), book);
        ((PaperBroker) broker).poll();
    }

    @Override
    protected void awaitUpdates(Broker broker) {
        // The paper broker delivers every event before the call that caused it returns.
    }

    private static void quote(QuotedMarket market, Book b) {
        market.quote(
                b.contract(),
                b.lotSize(),
                new BidAsk(b.bid().rupees(), b.ask().rupees(), b.bidQuantity(), b.askQuantity()));
    }
}
