package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.probability.OptionLeg;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PayoffEconomicsTest {

    private static final double PAISA = 0.005;

    /** Bull call spread with a book on each leg, traded on 2026-11-20 (30 days: expiry 2026-12-20). */
    private static final String BOOK = """
            {"symbol":"RELIANCE","as_of":"2026-11-20","spot":1500,"volatility":0.25,"rate":0.065,"days":30,
             "lot_size":500,
             "legs":[{"right":"CALL","side":"BUY","strike":1500,"bid":34.8,"ask":35.6},
                     {"right":"CALL","side":"SELL","strike":1560,"bid":11.8,"ask":12.4}]}""";

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void test_costsAndMargin_equalTheCoreCalculatorsDirectly() throws IOException {
        JsonNode out = json(Cli.run(BOOK, "payoff", "--json"));
        List<OptionLeg> legs = List.of(
                OptionLeg.of(Right.CALL, Side.BUY, 1500, 35.6, 1, 500),
                OptionLeg.of(Right.CALL, Side.SELL, 1560, 11.8, 1, 500));
        LocalDate trade = LocalDate.of(2026, 11, 20);
        LocalDate expiry = LocalDate.of(2026, 12, 20);
        CostCalculator costs = CostCalculator.nseDhan();
        RoundTripCosts settled = costs.settledAt(legs, trade, expiry, 1560);
        RoundTripCosts closed = costs.closedAt(legs, trade, expiry, new double[] {60, 0});
        JsonNode target = out.get("costs").get("at_target");
        assertThat(target.get("spot").asDouble()).isEqualTo(1560.0);
        assertThat(out.get("costs").get("entry").get("total").asDouble())
                .isCloseTo(settled.entry().total().rupees(), within(PAISA));
        assertThat(target.get("settled").get("total").asDouble())
                .isCloseTo(settled.total().rupees(), within(PAISA));
        assertThat(target.get("closed").get("total").asDouble())
                .isCloseTo(closed.total().rupees(), within(PAISA));
        double cheaper = Math.min(settled.total().rupees(), closed.total().rupees());
        assertThat(out.get("net").get("max_profit").asDouble())
                .isCloseTo((60 - 35.6 + 11.8) * 500 - cheaper, within(PAISA));
        MarginMarket market = new MarginMarket(UnderlyingKind.STOCK, 1500, 0.25, 0.065, 0, expiry);
        double capital = MarginCalculator.NSE
                .margin(MarginBasket.of(legs, 0.25), market, trade)
                .capitalRequired()
                .rupees();
        assertThat(out.get("capital_required").asDouble()).isCloseTo(capital, within(PAISA));
        assertThat(out.get("return_on_capital").get("max_profit").asDouble())
                .isCloseTo(out.get("net").get("max_profit").asDouble() / capital, within(1e-12));
    }

    @Test
    void test_netAtMostExecutableAtMostGross_randomLegsWithBooks() throws IOException {
        Random random = new Random(12);
        for (int trial = 0; trial < 25; trial++) {
            StringBuilder legs = new StringBuilder();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                double mid = 2 + random.nextDouble() * 60;
                double half = 0.05 + random.nextDouble() * 2;
                legs.append(i == 0 ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "{\"right\":\"%s\",\"side\":\"%s\",\"strike\":%d,"
                                        + "\"bid\":%.2f,\"ask\":%.2f,\"lots\":%d}",
                                random.nextBoolean() ? "CALL" : "PUT",
                                random.nextBoolean() ? "BUY" : "SELL",
                                1400 + 20 * random.nextInt(10),
                                mid - half,
                                mid + half,
                                1 + random.nextInt(2)));
            }
            String input = "{\"as_of\":\"2026-11-20\",\"spot\":1500,\"volatility\":0.3,\"days\":21,\"lot_size\":250,"
                    + "\"legs\":[" + legs + "]}";
            JsonNode out = json(Cli.run(input, "payoff", "--json"));
            JsonNode gross = out.get("gross");
            JsonNode net = out.get("net");
            assertThat(out.get("expected_value").asDouble())
                    .as(input)
                    .isLessThanOrEqualTo(gross.get("expected_value").asDouble() + 1e-6);
            assertThat(net.get("expected_value").asDouble())
                    .as(input)
                    .isLessThanOrEqualTo(out.get("expected_value").asDouble());
            if (out.get("max_profit").isNumber()) {
                assertThat(out.get("max_profit").asDouble())
                        .as(input)
                        .isLessThanOrEqualTo(gross.get("max_profit").asDouble() + 1e-6);
                assertThat(net.get("max_profit").asDouble())
                        .as(input)
                        .isLessThanOrEqualTo(out.get("max_profit").asDouble());
            }
            if (out.get("max_loss").isNumber()) {
                assertThat(out.get("max_loss").asDouble())
                        .as(input)
                        .isGreaterThanOrEqualTo(gross.get("max_loss").asDouble() - 1e-6);
                assertThat(net.get("max_loss").asDouble())
                        .as(input)
                        .isGreaterThanOrEqualTo(out.get("max_loss").asDouble());
            }
        }
    }

    @Test
    void test_spread_widensTheLegsWithoutABook() throws IOException {
        String input = """
                {"as_of":"2026-11-20","spot":1500,"volatility":0.25,"days":30,"lot_size":500,
                 "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2}]}""";
        JsonNode out = json(Cli.run(input, "payoff", "--json", "--spread"));
        JsonNode leg = out.get("legs").get(0);
        assertThat(leg.get("price_source").asText()).isEqualTo("MODEL");
        assertThat(leg.get("executable").asDouble())
                .isGreaterThan(35.2)
                .isEqualTo(leg.get("ask").asDouble());
        assertThat(out.get("max_loss").asDouble())
                .isGreaterThan(out.get("gross").get("max_loss").asDouble());
        JsonNode plain = json(Cli.run(input, "payoff", "--json"));
        assertThat(plain.get("legs").get(0).get("price_source").asText()).isEqualTo("REFERENCE");
        assertThat(plain.get("max_loss").asDouble())
                .isEqualTo(plain.get("gross").get("max_loss").asDouble());
    }

    @Test
    void test_crossedBook_namesTheLegAndField() {
        String input = BOOK.replace("\"bid\":11.8,\"ask\":12.4", "\"bid\":12.9,\"ask\":12.4");
        Cli.Run run = Cli.run(input, "payoff");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("legs[1].bid is above legs[1].ask").contains("crossed");
    }

    @Test
    void test_missingAsk_namesTheLegAndField() {
        String input = BOOK.replace(",\"ask\":35.6", ",\"premium\":35.2");
        Cli.Run run = Cli.run(input, "payoff");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("legs[0].ask is missing");
    }

    @Test
    void test_tradeDateOutsideTheRateTable_isAnErrorNamingTheDate() {
        Cli.Run run = Cli.run(BOOK.replace("2026-11-20", "2008-03-03"), "payoff");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("2008-03-03");
    }

    @Test
    void test_tradeDate_defaultsToTodayOfTheClock() throws IOException {
        JsonNode out = json(Cli.run(BOOK.replace("\"as_of\":\"2026-11-20\",", ""), "payoff", "--json"));
        assertThat(LocalDate.parse(out.get("costs").get("trade_date").asText()))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    }
}
