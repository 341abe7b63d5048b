package io.optionsv4.dhan.broker;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.scrip.ScripContract;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripUnderlying;
import io.optionsv4.dhan.scrip.SecurityId;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeAccount;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeMarket;
import io.optionsv4.dhan.testdata.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Dhan broker over a fresh fake Dhan server (the shared scenario's day and clock, ₹10,00,000 of funds, charges
 * booked as Dhan's contract note) that lists the given option contracts with their books, and a scrip master listing
 * the same contracts. Close it after the test.
 */
final class DhanBrokerFixture implements AutoCloseable {

    /** The first security id given to a listed contract. */
    static final long FIRST_ID = 70_001;

    private final ManualClock clock = new ManualClock(DhanScenario.NOW);
    private final FakeDhanServer server;
    private final DhanBroker broker;
    private final Map<OptionInstrument, Long> ids = new LinkedHashMap<>();

    /** A contract, its lot and its book in the fake market. */
    record Listing(OptionInstrument contract, int lotSize, FakeMarket.Book book) {}

    DhanBrokerFixture(List<Listing> listings, boolean orderUpdates, Duration requestTimeout) {
        this(listings, orderUpdates, requestTimeout, FakeAccount.Settings.DEFAULT);
    }

    DhanBrokerFixture(
            List<Listing> listings, boolean orderUpdates, Duration requestTimeout, FakeAccount.Settings account) {
        server = FakeDhanServer.start(
                clock, FakeDhanServer.Settings.DEFAULT.withAccount(account.withSodLimit(1_000_000)));
        server.account().bookCharges();
        List<ScripContract> contracts = new ArrayList<>();
        long id = FIRST_ID;
        for (Listing l : listings) {
            OptionInstrument c = l.contract();
            String type = c.right() == Right.CALL ? "CE" : "PE";
            server.market().listOption(id, c.symbol(), c.expiry(), c.strike().rupees(), type, l.lotSize(), l.book());
            contracts.add(new ScripContract(
                    new SecurityId(ExchangeSegment.NSE_FNO, id),
                    c.symbol(),
                    c.expiry(),
                    c.strike().rupees(),
                    c.right(),
                    l.lotSize(),
                    ExpiryKind.WEEKLY,
                    c.symbol() + "-" + c.expiry() + "-" + c.strike().rupees() + "-" + type));
            ids.put(c, id);
            id++;
        }
        ScripMaster scripMaster = ScripMaster.of(
                List.of(new ScripUnderlying("NIFTY", new SecurityId(ExchangeSegment.IDX_I, 13), "Nifty 50")),
                contracts);
        DhanConfig config = new DhanConfig(
                server.baseUrl(),
                FakeDhanServer.CLIENT_ID,
                FakeDhanServer.ACCESS_TOKEN,
                requestTimeout,
                DhanScenario.RETRY);
        DhanBrokerSettings settings = orderUpdates
                ? DhanBrokerSettings.DEFAULT
                        .withOrderUpdates(server.orderUpdates().url())
                        .withReconnectBackoff(Duration.ofMillis(50))
                : DhanBrokerSettings.DEFAULT.withoutOrderUpdates();
        broker = new DhanBroker(config, scripMaster, settings, clock, clock);
    }

    DhanBroker broker() {
        return broker;
    }

    FakeDhanServer server() {
        return server;
    }

    ManualClock clock() {
        return clock;
    }

    /** Returns the security id the fixture gave {@code contract}. */
    long securityId(OptionInstrument contract) {
        return ids.get(contract);
    }

    @Override
    public void close() {
        broker.close();
        server.close();
    }
}
