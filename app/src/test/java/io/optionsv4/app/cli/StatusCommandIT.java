package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Book;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.TradingStore;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code status} over seeded V3 rows in the trading ITs' own database, valued on the simulated market (seed 7) as of
 * 20 Nov 2026: strategy A open (every leg entered at its analysis premium on 18 Nov), strategy B closed at a profit
 * (16 to 19 Nov), strategy C closed at its entry prices, so its charges make it a loss (10 to 18 Nov).
 */
class StatusCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SimulatedMarketData SIM = new SimulatedMarketData(7);
    private static final long CHARGES = 2_500;

    private long openStrategy;
    private long realizedGross;
    private long realizedNet;

    @BeforeEach
    void seed() throws IOException {
        TradingStore.clearTrading();
        JsonNode list = MAPPER.readTree(TradingStore.run("mark", "--list-recent", "--limit", "0", "--json")
                .out());
        List<Long> ids = new ArrayList<>();
        for (String symbol : List.of("RELIANCE", "TCS", "ITC")) {
            for (JsonNode s : list.get("strategies")) {
                if (s.get("symbol").asText().equals(symbol)) {
                    ids.add(s.get("strategy_id").asLong());
                    break;
                }
            }
        }
        openStrategy = ids.get(0);
        Book.enterAll(openStrategy, CHARGES, Book.at(LocalDate.of(2026, 11, 18)));
        Book.status(openStrategy, "EXECUTED", 1);
        realizedGross = 0;
        realizedNet = 0;
        for (Book.Traded t : Book.enterAll(ids.get(1), CHARGES, Book.at(LocalDate.of(2026, 11, 16)))) {
            long exit = Book.close(
                    t,
                    e -> t.leg().sign() > 0 ? e + 200 : Math.max(0, e - 200),
                    2 * CHARGES,
                    Book.at(LocalDate.of(2026, 11, 19)));
            long gross = t.leg().sign() * (exit - t.entryPaise()) * t.leg().quantity();
            realizedGross += gross;
            realizedNet += gross - 2 * CHARGES;
        }
        Book.status(ids.get(1), "CLOSED", 1);
        for (Book.Traded t : Book.enterAll(ids.get(2), CHARGES, Book.at(LocalDate.of(2026, 11, 10)))) {
            Book.close(t, e -> e, 2 * CHARGES, Book.at(LocalDate.of(2026, 11, 18)));
            realizedNet -= 2 * CHARGES;
        }
        Book.status(ids.get(2), "CLOSED", 1);
    }

    private static JsonNode json(String... view) throws IOException {
        List<String> args = new ArrayList<>(List.of("status", "--json"));
        args.addAll(List.of(view));
        Cli.Run run = TradingStore.run(TradingStore.with(args.toArray(String[]::new)));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MAPPER.readTree(run.out());
        assertThat(JsonSchemaTest.schema("status").validate(doc)).isEmpty();
        return doc;
    }

    private static void write(String file, String text) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long paise(JsonNode n) {
        return Math.round(n.asDouble() * 100);
    }

    @Test
    void test_status_valuesEachOpenLegAtTheBookOfTheSimulatedMarket() throws IOException {
        JsonNode doc = json();

        assertThat(doc.get("positions")).hasSize(1);
        JsonNode p = doc.get("positions").get(0);
        assertThat(p.get("strategy_id").asLong()).isEqualTo(openStrategy);
        assertThat(p.get("priced").asBoolean()).isTrue();
        assertThat(p.get("holding_days").asInt()).isEqualTo(2);
        long gross = 0;
        long charges = 0;
        for (JsonNode leg : p.get("legs")) {
            Book.Leg stored = Book.legs(openStrategy).get(leg.get("leg_index").asInt());
            OptionQuote quote = SIM.optionChain(stored.symbol(), stored.expiry(), TradingStore.DAY)
                    .quote(stored.strike(), Right.valueOf(stored.right()))
                    .orElseThrow();
            BidAsk book = quote.bidAsk().orElseThrow();
            double close = stored.sign() > 0 ? book.bid() : book.ask();
            assertThat(leg.get("price_basis").asText()).isEqualTo("BOOK");
            assertThat(leg.get("close").asDouble()).isCloseTo(close, within(1e-9));
            assertThat(leg.get("mid").asDouble()).isCloseTo((book.bid() + book.ask()) / 2, within(1e-9));
            long legGross = stored.sign() * (Math.round(close * 100) - stored.premiumPaise()) * stored.quantity();
            assertThat(paise(leg.get("gross"))).isEqualTo(legGross);
            assertThat(paise(leg.get("net"))).isEqualTo(legGross - CHARGES - paise(leg.get("exit_costs")));
            assertThat(paise(leg.get("exit_costs"))).isPositive();
            gross += legGross;
            charges += CHARGES;
        }
        assertThat(paise(p.get("gross"))).isEqualTo(gross);
        assertThat(paise(p.get("charges_booked"))).isEqualTo(charges);
        assertThat(paise(p.get("net"))).isEqualTo(gross - charges - paise(p.get("exit_costs")));
        assertThat(paise(doc.get("summary").get("unrealized_gross"))).isEqualTo(gross);
    }

    @Test
    void test_status_summaryWinRateRealisedAndHolding() throws IOException {
        JsonNode s = json("--summary").get("summary");

        assertThat(s.get("strategies").asInt()).isEqualTo(3);
        assertThat(s.get("closed").asInt()).isEqualTo(2);
        assertThat(s.get("won").asInt()).isEqualTo(1);
        assertThat(s.get("win_rate").asDouble()).isEqualTo(0.5);
        assertThat(paise(s.get("realized_gross"))).isEqualTo(realizedGross);
        assertThat(paise(s.get("realized_net"))).isEqualTo(realizedNet);
        assertThat(s.get("average_holding_days").asDouble()).isEqualTo((3 + 8) / 2.0);
        assertThat(s.get("average_open_days").asDouble()).isEqualTo(2.0);
    }

    @Test
    void test_status_groupsAddUpToTheTotal() throws IOException {
        JsonNode doc = json("--performance-dashboard");

        for (String breakdown : List.of("by_strategy_type", "by_industry", "by_conviction", "by_symbol")) {
            long net = 0;
            int strategies = 0;
            for (JsonNode g : doc.get(breakdown)) {
                net += paise(g.get("realized_net"));
                strategies += g.get("strategies").asInt();
            }
            assertThat(net).as(breakdown).isEqualTo(realizedNet);
            assertThat(strategies).as(breakdown).isEqualTo(3);
        }
        assertThat(doc.get("by_exit_month"))
                .singleElement()
                .satisfies(m -> assertThat(m.get("key").asText()).isEqualTo("2026-11"));
        assertThat(doc.get("view").asText()).isEqualTo("dashboard");
    }

    @Test
    void test_statusText_fits80Columns_inEveryView() {
        for (String[] view :
                List.of(new String[0], new String[] {"--summary"}, new String[] {"--performance-dashboard"})) {
            List<String> args = new ArrayList<>(List.of("status"));
            args.addAll(List.of(view));
            Cli.Run run = TradingStore.run(
                    "", false, Map.of("COLUMNS", "80"), TradingStore.with(args.toArray(String[]::new)));

            assertThat(run.exitCode()).as(run.err()).isZero();
            run.out().lines().forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
            write("target/status" + String.join("", view) + ".txt", run.out());
        }
        Cli.Run status = TradingStore.run(TradingStore.with("status"));
        assertThat(status.out())
                .contains("Strategies by status: EXECUTED 1 · CLOSED 2")
                .contains("Open positions: 1 strategy")
                .containsPattern("= net -?₹")
                .contains("Realised    gross");
        Cli.Run summary = TradingStore.run(TradingStore.with("status", "--summary"));
        assertThat(summary.out()).contains("win rate 50.0%", "By strategy type", "By industry");
        Cli.Run dashboard = TradingStore.run(TradingStore.with("status", "--performance-dashboard"));
        assertThat(dashboard.out()).contains("Profit factor", "Max drawdown", "By conviction", "By month of exit");
    }

    @Test
    void test_status_unpricedLeg_isReportedAndExits1() {
        Book.Leg ghost = new Book.Leg(0, "NOSUCHSYMBOL", "BUY", "CALL", 100, LocalDate.of(2026, 11, 26), 100, 500);
        Book.enter(
                openStrategy,
                new Book.Leg(9, ghost.symbol(), "BUY", "CALL", 100, ghost.expiry(), 100, 500),
                500,
                0,
                Book.at(LocalDate.of(2026, 11, 18)));

        Cli.Run run = TradingStore.run(TradingStore.with("status"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("unpriced:", "Totals need every leg priced.");
        assertThat(run.err()).contains("1 open strategy has a leg without a current price");
    }

    @Test
    void test_status_empty_saysRunExecute() throws IOException {
        TradingStore.clearTrading();

        Cli.Run run = TradingStore.run(TradingStore.with("status"));
        JsonNode doc = json();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No executed strategies yet — run 'options-v4 execute'");
        assertThat(doc.get("strategies")).isEmpty();
        assertThat(doc.get("summary").get("win_rate").isNull()).isTrue();
    }

    @Test
    void test_status_markedButNotTraded_listsTheMarks() {
        TradingStore.clearTrading();
        TradingStore.run("mark", "--mark-top", "2");

        Cli.Run run = TradingStore.run(TradingStore.with("status"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Strategies by status: MARKED 2")
                .contains("No executed strategies yet — run 'options-v4 execute --execute'.");
    }
}
