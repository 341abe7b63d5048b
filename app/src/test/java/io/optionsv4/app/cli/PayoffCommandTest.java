package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.NormalDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayoffCommandTest {

    private static final double EXACT = 1e-9;

    /** The bull call spread of the issue: BUY 1500 CE at 35.2, SELL 1560 CE at 12.1, one lot of 500. */
    private static final String BULL_CALL_SPREAD = """
            {"spot":1500,"volatility":0.25,"rate":0.065,"dividend":0,"days":30,"lot_size":500,
             "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2,"lots":1},
                     {"right":"CALL","side":"SELL","strike":1560,"premium":12.1,"lots":1}]}
            """;

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void test_payoff_bullCallSpreadFiguresForTheWholePosition() throws IOException {
        JsonNode out = json(Cli.run(BULL_CALL_SPREAD, "payoff"));

        assertThat(out.get("max_profit").asDouble()).isCloseTo((60 - 23.1) * 500, within(EXACT));
        assertThat(out.get("max_loss").asDouble()).isCloseTo(23.1 * 500, within(EXACT));
        assertThat(out.get("breakevens")).hasSize(1);
        assertThat(out.get("breakevens").get(0).asDouble()).isCloseTo(1523.1, within(EXACT));
        // P(S_T > 1523.1) under the lognormal with drift r - q, independently of the core's interval logic.
        double t = 30 / 365.0;
        double sd = 0.25 * Math.sqrt(t);
        double d2 = (Math.log(1500 / 1523.1) + (0.065 - 0.5 * 0.25 * 0.25) * t) / sd;
        assertThat(out.get("probability_of_profit").asDouble()).isCloseTo(NormalDistribution.cdf(d2), within(1e-12));
        assertThat(out.fieldNames())
                .toIterable()
                .startsWith("max_profit", "max_loss", "breakevens", "probability_of_profit", "expected_value")
                .contains("gross", "net", "costs", "margin", "capital_required", "return_on_capital");
        assertThat(out.get("gross").get("max_profit").asDouble())
                .isEqualTo(out.get("max_profit").asDouble());
    }

    @Test
    void test_payoff_expectedValueIsForwardPriceOfTheSpreadLessItsCost() throws IOException {
        JsonNode out = json(Cli.run(BULL_CALL_SPREAD, "payoff"));
        // E[(S-1500)+ - (S-1560)+] = e^{rT} (C(1500) - C(1560)) at the same vol; minus the premium paid.
        double t = 30 / 365.0;
        double spreadValue = BlackScholesMerton.price(Right.CALL, 1500, 1500, t, 0.25, 0.065, 0)
                - BlackScholesMerton.price(Right.CALL, 1500, 1560, t, 0.25, 0.065, 0);
        double expected = (Math.exp(0.065 * t) * spreadValue - 23.1) * 500;
        assertThat(out.get("expected_value").asDouble()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void test_payoff_unlimitedAsString_forNakedShortCall() throws IOException {
        String input = """
                {"spot":100,"volatility":0.3,"days":10,
                 "legs":[{"right":"CALL","side":"SELL","strike":110,"premium":2}]}""";
        JsonNode out = json(Cli.run(input, "payoff"));
        assertThat(out.get("max_loss").asText()).isEqualTo("unlimited");
        assertThat(out.get("max_profit").asDouble()).isEqualTo(2.0);
        assertThat(out.get("breakevens").get(0).asDouble()).isEqualTo(112.0);
    }

    @Test
    void test_payoff_stockLegCoveredCall() throws IOException {
        String input = """
                {"spot":1500,"volatility":0.25,"days":30,"lot_size":500,
                 "legs":[{"type":"STOCK","side":"BUY","price":1500,"lots":1},
                         {"right":"CALL","side":"SELL","strike":1560,"premium":12.1,"lots":1}]}""";
        JsonNode out = json(Cli.run(input, "payoff"));
        assertThat(out.get("max_profit").asDouble()).isCloseTo((60 + 12.1) * 500, within(EXACT));
        assertThat(out.get("max_loss").asDouble()).isCloseTo((1500 - 12.1) * 500, within(EXACT));
        assertThat(out.get("breakevens").get(0).asDouble()).isCloseTo(1487.9, within(EXACT));
    }

    @Test
    void test_payoff_readsInputFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("position.json");
        Files.writeString(file, BULL_CALL_SPREAD);
        JsonNode out = json(Cli.run("", "payoff", "--input", file.toString()));
        assertThat(out.get("max_loss").asDouble()).isCloseTo(11550, within(EXACT));
    }

    @Test
    void test_payoff_registeredStrategyMatchesTheSameLegsAsJson() throws IOException {
        JsonNode byName = json(Cli.run(
                "",
                "payoff",
                "--strategy",
                "bull-call-spread",
                "--strikes",
                "1500,1560",
                "--premiums",
                "35.2,12.1",
                "--spot",
                "1500",
                "--volatility",
                "0.25",
                "--days",
                "30",
                "--lot-size",
                "500"));
        JsonNode byLegs = json(Cli.run(BULL_CALL_SPREAD, "payoff"));
        for (String field : new String[] {"max_profit", "max_loss", "probability_of_profit", "expected_value"}) {
            assertThat(byName.get(field).asDouble())
                    .as(field)
                    .isEqualTo(byLegs.get(field).asDouble());
        }
        assertThat(byName.get("strategy").asText()).isEqualTo("Bull Call Spread");
        assertThat(byName.get("legs")).hasSize(2);
    }

    @Test
    void test_payoff_registeredStrategyPricesPremiumsWhenNotGiven() throws IOException {
        JsonNode out = json(Cli.run(
                "",
                "payoff",
                "--strategy",
                "long-call",
                "--strikes",
                "100",
                "--spot",
                "100",
                "--volatility",
                "0.2",
                "--days",
                "365",
                "--rate",
                "0.05"));
        double premium = BlackScholesMerton.price(Right.CALL, 100, 100, 1.0, 0.2, 0.05, 0);
        assertThat(out.get("legs").get(0).get("premium").asDouble()).isEqualTo(premium);
        assertThat(out.get("max_loss").asDouble()).isEqualTo(premium);
        assertThat(out.get("max_profit").asText()).isEqualTo("unlimited");
    }

    @Test
    void test_payoff_tableColoursProfitGreenAndLossRedOnlyWhenAsked() {
        Cli.Run coloured = Cli.run(BULL_CALL_SPREAD, true, "payoff", "--color=always");
        Cli.Run plain = Cli.run(BULL_CALL_SPREAD, true, "payoff", "--color=never");

        assertThat(coloured.out()).containsPattern("\u001b\\[32m +₹").containsPattern("\u001b\\[31m +-₹");
        assertThat(plain.out()).doesNotContain("\u001b[");
        assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
    }

    @Test
    void test_payoff_tableOnATerminal() {
        Cli.Run run = Cli.run(BULL_CALL_SPREAD, true, "payoff");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("BUY  1 x CALL 1,500.00 @ 35.20")
                .contains("Max loss")
                .contains("₹11,550.00")
                .contains("1,523.10")
                .doesNotContain("-0.00");
    }

    @Test
    void test_payoff_jsonFlagWinsOnATerminal() throws IOException {
        Cli.Run run = Cli.run(BULL_CALL_SPREAD, true, "payoff", "--json");
        assertThat(json(run).has("max_profit")).isTrue();
    }

    /**
     * With the smile {@code analyze} writes: EV with each leg at its own {@code iv} (zero at those IVs' prices, up to
     * the rate drift), PoP from the smile's distribution; the same legs at one flat volatility show the put skew as
     * an edge.
     */
    @Test
    void test_payoff_smileAndOwnIvs_noEdgeFromTheSkew() throws IOException {
        double t = 30 / 365.0;
        double putIv = 0.34;
        double put = BlackScholesMerton.price(Right.PUT, 1500, 1350, t, putIv, 0.065, 0);
        String legs = "\"legs\":[{\"right\":\"PUT\",\"side\":\"SELL\",\"strike\":1350,\"premium\":" + put + ",\"iv\":"
                + putIv + ",\"lots\":1}]";
        String flat = "{\"spot\":1500,\"volatility\":0.25,\"rate\":0.065,\"days\":30,\"lot_size\":500," + legs + "}";
        String smile = flat.replace(
                "\"lot_size\":500,",
                "\"lot_size\":500,\"smile\":{\"strikes\":[1200,1350,1500,1650],\"vols\":[0.40,0.34,0.25,0.23]},");

        JsonNode atAtm = json(Cli.run(flat, "payoff", "--json"));
        JsonNode underSmile = json(Cli.run(smile, "payoff", "--json"));

        double drift = -500 * put * (Math.exp(0.065 * t) - 1);
        assertThat(underSmile.get("gross").get("expected_value").asDouble()).isCloseTo(drift, within(1e-6));
        assertThat(atAtm.get("gross").get("expected_value").asDouble()).isGreaterThan(0.3 * 500 * put);
        assertThat(underSmile.get("gross").get("probability_of_profit").asDouble())
                .isLessThan(atAtm.get("gross").get("probability_of_profit").asDouble());
        Cli.Run bad = Cli.run(smile.replace("0.23]", "-0.23]"), "payoff");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("smile.vols[3] must be a number > 0 but was -0.23");
    }

    @Test
    void test_payoff_namesTheBadField() {
        String input = """
                {"spot":1500,"volatility":0.25,"days":30,
                 "legs":[{"right":"CALL","side":"BUY","strike":-5,"premium":35.2}]}""";
        Cli.Run run = Cli.run(input, "payoff");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("legs[0].strike must be > 0 but was -5");
    }

    @Test
    void test_payoff_rejectsUnknownFieldsAndBadJson() {
        assertThat(Cli.run("{\"spot\":1,\"volatilty\":0.2}", "payoff").err())
                .contains("unknown field volatilty (did you mean volatility?)");
        Cli.Run bad = Cli.run("{\"spot\": ", "payoff");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("standard input is not valid JSON");
        assertThat(Cli.run("", "payoff").err()).contains("standard input is empty");
    }

    @Test
    void test_payoff_unknownStrategyPointsToTheList() {
        Cli.Run run = Cli.run(
                "",
                "payoff",
                "--strategy",
                "moon-shot",
                "--strikes",
                "1",
                "--spot",
                "1",
                "--volatility",
                "0.2",
                "--days",
                "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown strategy 'moon-shot'").contains("--list-strategies");
    }

    @Test
    void test_listStrategies_namesEveryRegisteredStrategy() {
        Cli.Run run = Cli.run("", "payoff", "--list-strategies");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bull-call-spread", "iron-condor", "jade-lizard", "calendar-spread");
    }
}
