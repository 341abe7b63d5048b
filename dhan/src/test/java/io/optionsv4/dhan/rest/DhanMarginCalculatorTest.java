package io.optionsv4.dhan.rest;

import static io.optionsv4.dhan.testdata.DhanScenario.EXPIRY;
import static io.optionsv4.dhan.testdata.DhanScenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.margin.MarginOrder;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeAccount;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeResponse;
import io.optionsv4.dhan.testdata.RecordedRequest;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dhan's basket margin against the fake server, whose margin model is invented (docs/dhan-fake-server.md): a sold
 * option blocks 11 % of NIFTY's value (0.11 x 23215.6 x 75 = 191528.70 per lot of 75), a bought one its premium, and
 * in a basket a sold call covered by a bought call of the same expiry blocks at most the strike width.
 */
class DhanMarginCalculatorTest {

    private static final String MULTI = "/v2/margincalculator/multi";
    private static final String SINGLE = "/v2/margincalculator";

    /** Sold 23200 call, bought 23250 call: a bear call spread of one lot. */
    private static final List<MarginOrder> SPREAD = List.of(
            new MarginOrder(Right.CALL, 23200, EXPIRY, Side.SELL, 75, 91.05),
            new MarginOrder(Right.CALL, 23250, EXPIRY, Side.BUY, 75, 66.45));

    /** The spread's basket margin: the width, 50 x 75 = 3750.00, plus the bought call's premium 75 x 66.45. */
    private static final Money SPREAD_BASKET = Money.ofPaise(375_000 + 498_375);

    /** The spread's legs alone: 191528.70 for the sold call plus the premium 4983.75. */
    private static final Money SPREAD_LEGS = Money.ofPaise(19_152_870 + 498_375);

    private DhanScenario scenario;
    private DhanMarginCalculator margins;
    private final List<String> reported = new ArrayList<>();

    private void start(FakeDhanServer.Settings settings) {
        scenario = new DhanScenario(settings);
        margins = new DhanMarginCalculator(
                scenario.config(), ScripMasters.fixture(), scenario.clock(), scenario.clock(), reported::add);
    }

    private void start(FakeAccount.MultiRequest request, FakeAccount.MultiAnswer answer) {
        start(FakeDhanServer.Settings.DEFAULT.withAccount(FakeAccount.Settings.DEFAULT.withMulti(request, answer)));
    }

    @AfterEach
    void close() {
        margins.close();
        scenario.close();
    }

    @Test
    void test_basketMargin_oneBasketCallInTheSdksFormWithHedgeBenefit() throws Exception {
        start(FakeDhanServer.Settings.DEFAULT);

        DhanBasketMargin basket = margins.basketMargin("NIFTY", SPREAD);

        assertThat(basket)
                .isEqualTo(new DhanBasketMargin(
                        SPREAD_BASKET, Optional.of(SPREAD_LEGS.minus(SPREAD_BASKET)), DhanBasketMargin.Method.BASKET));
        assertThat(margins.margin("NIFTY", TODAY, SPREAD)).isEqualTo(SPREAD_BASKET);
        FakeDhanServer server = scenario.server();
        assertThat(server.requests(SINGLE)).isEmpty();
        JsonNode body = server.body(server.requests(MULTI).get(0));
        assertThat(body.get("dhanClientId").asText()).isEqualTo(FakeDhanServer.CLIENT_ID);
        assertThat(body.get("includePosition").isBoolean()).isTrue();
        assertThat(body.get("includeOrder").asBoolean()).isFalse();
        JsonNode first = body.get("scripList").get(0);
        assertThat(first.get("exchangeSegment").asText()).isEqualTo("NSE_FNO");
        assertThat(first.get("transactionType").asText()).isEqualTo("SELL");
        assertThat(first.get("quantity").isIntegralNumber()).isTrue();
        assertThat(first.get("productType").asText()).isEqualTo("MARGIN");
        assertThat(first.get("securityId").asText()).isEqualTo("41016");
        assertThat(first.get("price").asDouble()).isEqualTo(91.05);
        assertThat(body.get("scripList").get(1).get("securityId").asText()).isEqualTo("41020");
        assertThat(reported).isEmpty();
    }

    @Test
    void test_basketMargin_camelCaseNumbersAccepted() {
        start(FakeAccount.MultiRequest.SDK, FakeAccount.MultiAnswer.CAMEL_NUMBERS);

        DhanBasketMargin basket = margins.basketMargin("NIFTY", SPREAD);

        assertThat(basket.total()).isEqualTo(SPREAD_BASKET);
        assertThat(basket.method()).isEqualTo(DhanBasketMargin.Method.BASKET);
    }

    @Test
    void test_basketMargin_bodyRefusedFallsBackToLegsForTheRunWithOneWarning() throws Exception {
        start(FakeAccount.MultiRequest.DIGEST, FakeAccount.MultiAnswer.SNAKE_STRINGS);

        DhanBasketMargin first = margins.basketMargin("NIFTY", SPREAD);
        DhanBasketMargin second = margins.basketMargin("NIFTY", SPREAD);

        assertThat(first)
                .isEqualTo(new DhanBasketMargin(SPREAD_LEGS, Optional.empty(), DhanBasketMargin.Method.SUM_OF_LEGS));
        assertThat(second).isEqualTo(first);
        FakeDhanServer server = scenario.server();
        assertThat(server.requests(MULTI)).as("not tried again once refused").hasSize(1);
        assertThat(server.requests(SINGLE)).hasSize(4);
        JsonNode leg = server.body(server.requests(SINGLE).get(0));
        assertThat(leg.get("dhanClientId").asText()).isEqualTo(FakeDhanServer.CLIENT_ID);
        assertThat(leg.get("securityId").asText()).isEqualTo("41016");
        assertThat(leg.get("quantity").asInt()).isEqualTo(75);
        assertThat(reported)
                .singleElement()
                .asString()
                .contains("DH-905")
                .contains("'includeOrder': unknown key.")
                .endsWith("Margins are sums of single-order margins, without hedge benefit, for the rest of this run.");
        assertThat(margins.warnings()).isEqualTo(reported);
    }

    @Test
    void test_basketMargin_endpointAbsentFallsBack() {
        start(FakeAccount.MultiRequest.SDK, FakeAccount.MultiAnswer.ABSENT);

        assertThat(margins.basketMargin("NIFTY", SPREAD).method()).isEqualTo(DhanBasketMargin.Method.SUM_OF_LEGS);
        assertThat(reported).singleElement().asString().contains("HTTP 404");
    }

    @Test
    void test_basketMargin_transientFailureFallsBackForThatBasketOnly() {
        start(FakeDhanServer.Settings.DEFAULT);
        for (int i = 0; i < DhanScenario.RETRY.maxAttempts(); i++) {
            scenario.server().failNext(MULTI, FakeDhanServer.Failure.HTML_502);
        }

        DhanBasketMargin failed = margins.basketMargin("NIFTY", SPREAD);
        DhanBasketMargin then = margins.basketMargin("NIFTY", SPREAD);

        assertThat(failed.method()).isEqualTo(DhanBasketMargin.Method.SUM_OF_LEGS);
        assertThat(then.method()).isEqualTo(DhanBasketMargin.Method.BASKET);
        assertThat(reported)
                .singleElement()
                .asString()
                .startsWith("Dhan's basket margin calculator failed for NIFTY")
                .contains("502");
    }

    @Test
    void test_basketMargin_answerWithoutTotalFallsBack() {
        start(FakeDhanServer.Settings.DEFAULT);
        scenario.server().enqueue(MULTI, FakeResponse.ok("{\"span_margin\":\"10.00\"}"));

        assertThat(margins.basketMargin("NIFTY", SPREAD).total()).isEqualTo(SPREAD_LEGS);
        assertThat(reported).singleElement().asString().contains("no readable total_margin");
    }

    @Test
    void test_basketMargin_refusedTokenIsThrownNotMasked() {
        start(FakeDhanServer.Settings.DEFAULT);
        scenario.server().expireToken();

        assertThatThrownBy(() -> margins.margin("NIFTY", TODAY, SPREAD))
                .isInstanceOfSatisfying(
                        DhanApiException.class,
                        e -> assertThat(e.isAccessDenied()).isTrue());
        assertThat(scenario.server().requests())
                .extracting(RecordedRequest::path)
                .containsExactly(MULTI);
        assertThat(reported).isEmpty();
    }

    @Test
    void test_margin_unknownContractNamesItWithoutACall() {
        start(FakeDhanServer.Settings.DEFAULT);
        List<MarginOrder> orders = List.of(new MarginOrder(Right.CALL, 99_999, EXPIRY, Side.SELL, 75, 1));

        assertThatThrownBy(() -> margins.margin("NIFTY", TODAY, orders))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("99999");
        assertThat(scenario.server().requests()).isEmpty();
    }

    @Test
    void test_margin_fallbackAnswerWithoutTotalMarginRejected() {
        start(FakeAccount.MultiRequest.SDK, FakeAccount.MultiAnswer.ABSENT);
        scenario.server().enqueue(SINGLE, FakeResponse.ok("{\"spanMargin\": 10.0}"));

        assertThatThrownBy(() -> margins.margin("NIFTY", TODAY, SPREAD))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("totalMargin")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }
}
