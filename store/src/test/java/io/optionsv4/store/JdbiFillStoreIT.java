package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.PriceFix;
import io.optionsv4.core.portfolio.StoredFill;
import io.optionsv4.core.portfolio.StoredTradePrice;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.SampleTrades;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiFillStoreIT {

    private static final Instant TODAY = Instant.parse("2020-01-09T04:30:00Z");
    private static final Instant LAST_WEEK = Instant.parse("2020-01-02T04:30:00Z");

    private Database database;
    private JdbiFillStore store;
    private long strategy;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiFillStore(database.jdbi());
        strategy = new JdbiAnalysisStore(database.jdbi())
                .store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY))
                .strategyIds()
                .get(0)
                .value();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long order(String tag, Long averagePaise, Instant created) {
        return database.jdbi()
                .withHandle(h -> SampleTrades.order(h, strategy, 0, tag, "SELL", 250, 250, averagePaise, created));
    }

    private long trade(long order, long entryPaise, Instant entered) {
        return database.jdbi()
                .withHandle(h -> SampleTrades.openTrade(h, strategy, 0, order, "SELL", 250, entryPaise, 0, entered));
    }

    private Map<String, Object> row(String sql, long id) {
        return database.jdbi()
                .withHandle(h -> h.createQuery(sql).bind("id", id).mapToMap().one());
    }

    @Test
    void test_fills_sinceTheDay_plusOlderZeroPrices_withTheirTrades() {
        long fine = order("v4-1-0E1", 1_235L, LAST_WEEK);
        trade(fine, 1_235, LAST_WEEK);
        long zero = order("v4-1-1E1", 1_235L, LAST_WEEK);
        long zeroTrade = trade(zero, 0, LAST_WEEK);
        long today = order("v4-1-2E1", null, TODAY);

        List<StoredFill> fills = store.fills(TODAY.minusSeconds(3_600));

        assertThat(fills).extracting(StoredFill::orderId).containsExactly(zero, today);
        StoredFill old = fills.get(0);
        assertThat(old.correlationId()).isEqualTo("v4-1-1E1");
        assertThat(old.brokerOrderId()).contains("B-v4-1-1E1");
        assertThat(old.contract()).isEqualTo("RELIANCE 30JAN2020 1450 PE");
        assertThat(old.filledQuantity()).isEqualTo(250);
        assertThat(old.averagePrice()).contains(Money.ofPaise(1_235));
        assertThat(old.createdAt()).isEqualTo(LAST_WEEK);
        assertThat(old.trades())
                .containsExactly(new StoredTradePrice(zeroTrade, PriceFix.Target.TRADE_ENTRY, 250, Money.ZERO));
        assertThat(fills.get(1).averagePrice()).isEmpty();
    }

    @Test
    void test_apply_orderPrice_onceWithAnAuditEntry() {
        long order = order("v4-1-0E1", 1_200L, TODAY);
        PriceFix fix = new PriceFix(
                PriceFix.Target.ORDER, order, "v4-1-0E1", Optional.of(Money.ofPaise(1_200)), Money.ofPaise(1_235));

        assertThat(store.apply(fix, "data update-trade-prices --fix")).isTrue();
        assertThat(store.apply(fix, "data update-trade-prices --fix")).isFalse();

        assertThat(row("SELECT average_price_paise FROM orders WHERE id = :id", order))
                .containsEntry("average_price_paise", 1_235L);
        Map<String, Object> audit = row(
                "SELECT actor, event, entity, details::text AS details FROM audit_log WHERE entity_id = :id::text"
                        + " AND entity = 'orders'",
                order);
        assertThat(audit)
                .containsEntry("actor", "data update-trade-prices --fix")
                .containsEntry("event", "FILL_PRICE_CORRECTED");
        assertThat((String) audit.get("details"))
                .contains("\"field\": \"average_price_paise\"", "\"old_paise\": 1200", "\"new_paise\": 1235");
    }

    /** A short leg sold at ₹12.00 stored as ₹0: fixing the entry to ₹12.35 adds 0.35 × 250 = ₹87.50 realised. */
    @Test
    void test_apply_closedLegsEntry_movesItsRealisedPnl() {
        long order = order("v4-1-0E1", 1_235L, TODAY);
        long trade = trade(order, 0, TODAY);
        database.jdbi().useHandle(h -> SampleTrades.close(h, trade, null, 600, 4_000, -154_000, TODAY));
        PriceFix fix = new PriceFix(
                PriceFix.Target.TRADE_ENTRY, trade, "v4-1-0E1", Optional.of(Money.ZERO), Money.ofPaise(1_235));

        assertThat(store.apply(fix, "fix")).isTrue();

        assertThat(row("SELECT entry_price_paise, realized_pnl_paise FROM trades WHERE id = :id", trade))
                .containsEntry("entry_price_paise", 1_235L)
                .containsEntry("realized_pnl_paise", -154_000L + 1_235L * 250);
    }

    @Test
    void test_apply_missingOrderPrice_isFilledIn() {
        long order = order("v4-1-0E1", null, TODAY);

        assertThat(store.apply(
                        new PriceFix(PriceFix.Target.ORDER, order, "v4-1-0E1", Optional.empty(), Money.ofPaise(990)),
                        "fix"))
                .isTrue();

        assertThat(row("SELECT average_price_paise FROM orders WHERE id = :id", order))
                .containsEntry("average_price_paise", 990L);
    }
}
