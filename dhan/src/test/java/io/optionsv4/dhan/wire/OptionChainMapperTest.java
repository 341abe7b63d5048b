package io.optionsv4.dhan.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tolerance of the chain mapping for what the reference marks optional, and the quality statuses. */
class OptionChainMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final LocalDate EXPIRY = LocalDate.of(2025, 1, 30);
    private static final ChainInputs INPUTS = new ChainInputs(
            "NIFTY",
            EXPIRY,
            TODAY,
            Instant.parse("2025-01-15T05:01:17Z"),
            0.065,
            Optional.of(LotSize.of(75, YearMonth.of(2025, 1))));

    private final ObjectMapper json = DhanJson.newMapper();

    private OptionChain chain(String dataJson, ChainInputs inputs) throws Exception {
        return OptionChainMapper.chain(json.readValue(dataJson, OptionChainData.class), inputs);
    }

    @Test
    void test_chain_earliestDocsShapeWithMissingFieldsAndSide() throws Exception {
        String data = "{\"last_price\":23215.6,\"oc\":{"
                + "\"23200.000000\":{\"ce\":{\"greeks\":{\"delta\":0.5},\"implied_volatility\":12.2,"
                + "\"last_price\":91.1,\"oi\":5214375,\"top_ask_price\":91.2,\"top_bid_price\":91.05,"
                + "\"volume\":104455050}},"
                + "\"23300.000000\":{\"pe\":{\"last_price\":0,\"oi\":0,\"volume\":0,\"top_bid_price\":0,"
                + "\"top_ask_price\":0}},"
                + "\"23400.000000\":{}}}";

        OptionChain chain = chain(data, INPUTS);

        assertThat(chain.strikes()).as("a strike with neither side is dropped").containsExactly(23200.0, 23300.0);
        OptionQuote call = chain.quote(23200, Right.CALL).orElseThrow();
        assertThat(call.changeInOpenInterest()).as("no previous_oi").isZero();
        assertThat(call.quality()).as("no put traded anywhere").isEqualTo(QuoteQuality.NO_FORWARD);
        assertThat(chain.quote(23200, Right.PUT)).isEmpty();
        OptionQuote put = chain.quote(23300, Right.PUT).orElseThrow();
        assertThat(put.quality()).isEqualTo(QuoteQuality.UNTRADED);
        assertThat(put.bidAsk()).as("zeros are no quote").isEmpty();
        assertThat(put.settle()).isZero();
        assertThat(chain.forward()).isEmpty();
    }

    @Test
    void test_chain_expiryReachedIsNoIv() throws Exception {
        String data = "{\"last_price\":23215.6,\"oc\":{\"23200\":{"
                + "\"ce\":{\"last_price\":20,\"volume\":75,\"top_bid_price\":19.9,\"top_ask_price\":20.1},"
                + "\"pe\":{\"last_price\":5,\"volume\":75,\"top_bid_price\":4.9,\"top_ask_price\":5.1}}}}";
        ChainInputs atExpiry = new ChainInputs(
                "NIFTY", EXPIRY, EXPIRY, Instant.parse("2025-01-30T10:00:00Z"), 0.065, INPUTS.lotSize());

        OptionQuote call = chain(data, atExpiry).quote(23200, Right.CALL).orElseThrow();

        assertThat(call.quality()).isEqualTo(QuoteQuality.NO_IV);
        assertThat(call.valuation().toString()).contains("EXPIRED");
        assertThat(call.volume()).isEqualTo(1);
    }

    @Test
    void test_chain_unreadableStrikeNamesChain() {
        assertThatThrownBy(() -> chain("{\"oc\":{\"abc\":{\"ce\":{\"volume\":0}}}}", INPUTS))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("Dhan's option chain of NIFTY 2025-01-30 has an unreadable strike 'abc'");
        assertThatThrownBy(() -> chain("{\"last_price\":1}", INPUTS)).hasMessageContaining("has no 'oc' object");
        assertThatThrownBy(() -> chain("{\"oc\":{\"100\":{\"ce\":{\"last_price\":-1,\"volume\":0}}}}", INPUTS))
                .hasMessageContaining("impossible value");
    }
}
