package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PositionNotificationsIT {

    private static final String INSERT_TRADE = "INSERT INTO trades (strategy_id, leg_index, symbol, side, option_type,"
            + " strike_price, expiry_date, lots, quantity, entry_price_paise, status, entered_at) VALUES (?, 0,"
            + " 'RELIANCE', 'BUY', 'CALL', 1300, DATE '2020-01-30', 1, 500, 1250, 'OPEN', now())";

    private Database database;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static void await(List<?> list, int size) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (list.size() < size && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    private static void awaitListening(PositionNotifications n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!n.listening() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(n.listening()).isTrue();
    }

    @Test
    void aTradeWrittenByAnotherConnectionNamesItsStrategy() throws InterruptedException {
        new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
        long strategyId = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT min(id) FROM strategies")
                        .mapTo(Long.class)
                        .one());
        List<Long> changed = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        try (PositionNotifications n = PositionNotifications.start(database.dataSource(), changed::add, errors::add)) {
            awaitListening(n);
            database.jdbi().useTransaction(h -> h.execute(INSERT_TRADE, strategyId));
            await(changed, 1);
            assertThat(changed).containsExactly(strategyId);
            database.jdbi()
                    .useTransaction(h -> h.execute("SELECT pg_notify(?, 'not-a-number')", "options_v4_positions"));
            await(errors, 1);
            assertThat(errors).singleElement().asString().contains("'not-a-number'");
        }
    }

    @Test
    void nothingIsDeliveredForARolledBackTrade() throws InterruptedException {
        new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
        long strategyId = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT min(id) FROM strategies")
                        .mapTo(Long.class)
                        .one());
        List<Long> changed = new CopyOnWriteArrayList<>();
        try (PositionNotifications n = PositionNotifications.start(database.dataSource(), changed::add, e -> {})) {
            awaitListening(n);
            database.jdbi().useHandle(h -> {
                h.begin();
                h.execute(
                        "INSERT INTO trades (strategy_id, leg_index, symbol, side, option_type, strike_price,"
                                + " expiry_date, lots, quantity, entry_price_paise, status, entered_at) VALUES (?, 0,"
                                + " 'RELIANCE', 'BUY', 'CALL', 1300, DATE '2020-01-30', 1, 500, 1250, 'OPEN', now())",
                        strategyId);
                h.rollback();
            });
            database.jdbi().useTransaction(h -> h.execute("SELECT pg_notify(?, '-1')", "options_v4_positions"));
            await(changed, 1);
            assertThat(changed)
                    .as("only the marker sent after the rollback arrives")
                    .containsExactly(-1L);
        }
    }
}
