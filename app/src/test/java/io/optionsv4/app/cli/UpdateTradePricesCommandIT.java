package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Book;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.TradingStore;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.JdbiPaperAccountStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code data update-trade-prices} against the paper broker: the two legs of a stored strategy are bought and sold on
 * the paper broker of the trading ITs' database (simulated market, seed 7, Friday 20 Nov 2026 10:30 IST) and booked in
 * {@code orders} and {@code trades} at the broker's average prices, as the execution service books them.
 */
class UpdateTradePricesCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private List<Book.Traded> traded;
    private long otherStrategy;

    @BeforeEach
    void tradeOnPaper() throws IOException {
        TradingStore.clearTrading();
        JsonNode list = MAPPER.readTree(TradingStore.run("mark", "--list-recent", "--limit", "0", "--json")
                .out());
        long strategy = -1;
        for (JsonNode s : list.get("strategies")) {
            long id = s.get("strategy_id").asLong();
            if (strategy < 0 && Book.legs(id).size() >= 2) {
                strategy = id;
            } else if (!Book.legs(id).isEmpty()) {
                otherStrategy = id;
            }
        }
        SimulatedMarketData market = new SimulatedMarketData(7);
        PaperBroker broker = new PaperBroker(
                market,
                new JdbiPaperAccountStore(TradingStore.database().jdbi()),
                TradingStore.CLOCK,
                PaperSettings.DEFAULT);
        List<Book.Leg> legs = Book.legs(strategy);
        traded = new java.util.ArrayList<>();
        for (Book.Leg leg : legs.subList(0, 2)) {
            Order order = broker.place(OrderRequest.limit(
                    CorrelationId.of("v4t", strategy, leg.index(), CorrelationId.Purpose.ENTRY, 1),
                    new OptionInstrument(
                            leg.symbol(),
                            Right.valueOf(leg.right()),
                            Money.ofRupees(leg.strike(), RoundingMode.HALF_UP),
                            leg.expiry()),
                    Side.valueOf(leg.side()),
                    leg.quantity(),
                    leg.quantity(),
                    marketable(market, leg)));
            assertThat(order.status()).as(order.reason()).isEqualTo(OrderStatus.FILLED);
            long average = BigDecimal.valueOf(order.filledValue().paise())
                    .divide(BigDecimal.valueOf(order.filledQuantity()), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            traded.add(Book.enter(strategy, leg, average, 2_000, Book.at(TradingStore.DAY)));
        }
    }

    /** Returns a limit one rupee through the book: above the ask for a buy, below the bid (at least 5 paise) else. */
    private static Money marketable(SimulatedMarketData market, Book.Leg leg) {
        BidAsk book = market.optionChain(leg.symbol(), leg.expiry(), TradingStore.DAY)
                .quote(leg.strike(), Right.valueOf(leg.right()))
                .orElseThrow()
                .bidAsk()
                .orElseThrow();
        double limit = leg.sign() > 0 ? book.ask() + 1 : Math.max(0.05, book.bid() - 1);
        return Money.ofRupees(limit, RoundingMode.HALF_UP);
    }

    private static Cli.Run run(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "data";
        args[1] = "update-trade-prices";
        System.arraycopy(more, 0, args, 2, more.length);
        // Wide, so that the assertions below see each difference on one line.
        return TradingStore.run("", false, java.util.Map.of("COLUMNS", "200"), TradingStore.with(args));
    }

    private static void sql(String statement, long id) {
        TradingStore.database()
                .jdbi()
                .useHandle(h -> h.createUpdate(statement).bind("id", id).execute());
    }

    private static long entryPrice(long trade) {
        return TradingStore.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT entry_price_paise FROM trades WHERE id = :id")
                        .bind("id", trade)
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void test_consistentBooks_findNothing_andSaySo() throws IOException {
        Cli.Run text = run();
        Cli.Run json = run("--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("Stored fills against the paper (account paper) trade book of 2026-11-20")
                .contains("Compared 2 stored orders with 2 broker trades")
                .contains("No differences: the stored fills agree with the broker's trade book.");
        JsonNode doc = MAPPER.readTree(json.out());
        assertThat(JsonSchemaTest.schema("update-trade-prices").validate(doc)).isEmpty();
        assertThat(doc.get("consistent").asBoolean()).isTrue();
        assertThat(doc.get("differences")).isEmpty();
    }

    /** Seventeen days later, {@code --as-of 2026-11-20} reconciles that day's paper session, as execute ran it. */
    @Test
    void test_recordedDay_reconcilesThatDaysPaperSession() {
        java.time.Clock later = java.time.Clock.offset(TradingStore.CLOCK, java.time.Duration.ofDays(17));

        Cli.Run run = TradingStore.run(
                later, "", false, java.util.Map.of(), TradingStore.with("data", "update-trade-prices"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("trade book of 2026-11-20", "No differences");
    }

    @Test
    void test_zeroEntryPrice_isReported_thenFixedFromTheBrokerWithAnAuditEntry() throws IOException {
        Book.Traded t = traded.get(0);
        sql("UPDATE trades SET entry_price_paise = 0 WHERE id = :id", t.tradeId());

        Cli.Run found = run();
        JsonNode fixed = MAPPER.readTree(run("--fix", "--json").out());
        Cli.Run after = run();

        assertThat(found.exitCode()).isEqualTo(1);
        assertThat(found.out())
                .contains("1 difference:", "ZERO_PRICE", t.tag(), "entry price stored as ₹0.00", "[fixable]")
                .contains("Run with --fix to apply the broker's prices (1 fixable).");
        assertThat(JsonSchemaTest.schema("update-trade-prices").validate(fixed)).isEmpty();
        assertThat(fixed.get("fixed")).singleElement().satisfies(f -> {
            assertThat(f.get("target").asText()).isEqualTo("TRADE_ENTRY");
            assertThat(f.get("row_id").asLong()).isEqualTo(t.tradeId());
            assertThat(Math.round(f.get("broker_price").asDouble() * 100)).isEqualTo(t.entryPaise());
        });
        assertThat(fixed.get("consistent").asBoolean()).isTrue();
        assertThat(entryPrice(t.tradeId())).isEqualTo(t.entryPaise());
        assertThat(after.exitCode()).isZero();
        long audits = TradingStore.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE event = 'FILL_PRICE_CORRECTED'"
                                + " AND entity = 'trades' AND entity_id = :id")
                        .bind("id", Long.toString(t.tradeId()))
                        .mapTo(Long.class)
                        .one());
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void test_priceAndQuantityMismatches_onlyPricesAreFixed() {
        Book.Traded t = traded.get(1);
        sql("UPDATE orders SET average_price_paise = average_price_paise + 5 WHERE id = :id", t.orderId());
        sql("UPDATE trades SET quantity = quantity * 2 WHERE id = :id", t.tradeId());

        Cli.Run fix = run("--fix");

        assertThat(fix.exitCode()).isEqualTo(1);
        assertThat(fix.out())
                .contains("Fixed 1 price with the broker's", "order " + t.orderId() + " average price")
                .contains(
                        "1 difference remain:",
                        "QUANTITY_MISMATCH",
                        "holds " + 2 * t.leg().quantity())
                .doesNotContain("PRICE_MISMATCH");
    }

    @Test
    void test_aStoredFillTheBrokerNeverMade_isMissingAtTheBroker_andNotFixable() {
        Book.Leg leg = Book.legs(otherStrategy).get(0);
        Book.Traded ghost = Book.enter(otherStrategy, leg, 1_000, 0, Book.at(TradingStore.DAY));

        Cli.Run fix = run("--fix");

        assertThat(fix.exitCode()).isEqualTo(1);
        assertThat(fix.out())
                .contains("MISSING_AT_BROKER", ghost.tag(), "stored as filled " + leg.quantity())
                .contains("the broker has no trade for it")
                .doesNotContain("Fixed");
    }
}
