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
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeResponse;
import io.optionsv4.dhan.testdata.RecordedRequest;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dhan's margin calculator endpoint against the fake Dhan server and the reference fixture. */
class DhanMarginCalculatorTest {

    private final DhanScenario scenario = new DhanScenario();
    private final FakeDhanServer server = scenario.server();
    private final DhanMarginCalculator margins =
            new DhanMarginCalculator(scenario.config(), ScripMasters.fixture(), scenario.clock(), scenario.clock());

    @AfterEach
    void close() {
        margins.close();
        scenario.close();
    }

    @Test
    void test_margin_sendsOneOrderPerLegAndSumsTotalMargin() throws Exception {
        List<MarginOrder> orders = List.of(
                new MarginOrder(Right.CALL, 23200, EXPIRY, Side.SELL, 75, 91.05),
                new MarginOrder(Right.PUT, 23150, EXPIRY, Side.BUY, 75, 60.2));

        Money margin = margins.margin("NIFTY", TODAY, orders);

        // The fake's model, built from the request (docs/dhan-fake-server.md): the sold call blocks 11 % of NIFTY's
        // value, 0.11 x 23215.6 x 75 = 191528.70; the bought put its premium, 75 x 60.2 = 4515.00.
        assertThat(margin).isEqualTo(Money.ofPaise(19_152_870 + 451_500));
        List<RecordedRequest> requests = server.requests("/v2/margincalculator");
        assertThat(requests).hasSize(2);
        JsonNode first = server.body(requests.get(0));
        assertThat(first.get("dhanClientId").asText()).isEqualTo(FakeDhanServer.CLIENT_ID);
        assertThat(first.get("exchangeSegment").asText()).isEqualTo("NSE_FNO");
        assertThat(first.get("transactionType").asText()).isEqualTo("SELL");
        assertThat(first.get("quantity").asInt()).isEqualTo(75);
        assertThat(first.get("productType").asText()).isEqualTo("MARGIN");
        assertThat(first.get("securityId").asText()).isEqualTo("41016");
        assertThat(first.get("price").asDouble()).isEqualTo(91.05);
        assertThat(server.body(requests.get(1)).get("securityId").asText()).isEqualTo("41013");
        assertThat(requests.get(0).headers()).containsEntry("access-token", FakeDhanServer.ACCESS_TOKEN);
    }

    @Test
    void test_margin_unknownContractNamesIt() {
        List<MarginOrder> orders = List.of(new MarginOrder(Right.CALL, 99_999, EXPIRY, Side.SELL, 75, 1));

        assertThatThrownBy(() -> margins.margin("NIFTY", TODAY, orders))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("99999");
        assertThat(server.requests("/v2/margincalculator")).isEmpty();
    }

    @Test
    void test_margin_answerWithoutTotalMarginRejected() {
        server.enqueue("/v2/margincalculator", FakeResponse.ok("{\"spanMargin\": 10.0}"));
        List<MarginOrder> orders = List.of(new MarginOrder(Right.CALL, 23200, EXPIRY, Side.SELL, 75, 91.05));

        assertThatThrownBy(() -> margins.margin("NIFTY", TODAY, orders))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("totalMargin");
    }
}
