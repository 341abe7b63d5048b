package io.optionsv4.dhan.broker;

import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerContract;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeMarket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The Dhan broker keeps the broker contract against the fake Dhan server: a fresh server and account per test (the
 * shared scenario's Wednesday 15 January 2025, 10:31 IST), listing the suite's books with security ids in a scrip
 * master built for the test; the order-update WebSocket runs, and waiting for updates polls the order book over REST
 * (the broker's fallback), so the suite does not depend on the stream's timing. Moving the market re-quotes a book
 * and lets the fake exchange match the resting orders.
 */
class DhanBrokerContractTest extends BrokerContract {

    private final Map<Broker, DhanBrokerFixture> fixtures = new IdentityHashMap<>();
    private final List<DhanBrokerFixture> open = new ArrayList<>();

    @AfterEach
    void closeFixtures() {
        open.forEach(DhanBrokerFixture::close);
    }

    @Override
    protected LocalDate tradingDay() {
        return DhanScenario.TODAY;
    }

    @Override
    protected Broker newBroker(List<Book> books) {
        List<DhanBrokerFixture.Listing> listings = books.stream()
                .map(b -> new DhanBrokerFixture.Listing(b.contract(), b.lotSize(), fakeBook(b)))
                .toList();
        DhanBrokerFixture fixture = new DhanBrokerFixture(listings, true, Duration.ofSeconds(5));
        open.add(fixture);
        fixtures.put(fixture.broker(), fixture);
        return fixture.broker();
    }

    @Override
    protected void moveMarket(Broker broker, Book book) {
        DhanBrokerFixture fixture = fixtures.get(broker);
        fixture.server().market().setBook("NSE_FNO", fixture.securityId(book.contract()), fakeBook(book));
        fixture.server().account().rematch();
        awaitUpdates(broker);
    }

    @Override
    protected void awaitUpdates(Broker broker) {
        ((DhanBroker) broker).poll();
    }

    private static FakeMarket.Book fakeBook(Book b) {
        return new FakeMarket.Book(b.bid().rupees(), b.bidQuantity(), b.ask().rupees(), b.askQuantity());
    }
}
