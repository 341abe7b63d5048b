package io.optionsv4.dhan.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Quote;
import io.optionsv4.dhan.testdata.DhanFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DhanWireMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private final ObjectMapper json = DhanJson.newMapper();

    @Test
    void test_quote_sharedFullQuoteFixtureExactly() throws Exception {
        JsonNode node = json.readTree(DhanFixtures.shared("marketfeed-quote.json"))
                .path("data")
                .path("NSE_FNO")
                .path("41016");
        MarketQuoteItem item = json.treeToValue(node, MarketQuoteItem.class);

        Quote quote = DhanWireMapper.quote("NIFTY 30 JAN 23200 CALL", item, TODAY, Instant.EPOCH);

        assertThat(quote.session()).isEqualTo(new Candle(TODAY, 78.0, 104.3, 70.1, 91.1, 104_455_050));
        assertThat(quote.previousClose()).isEqualTo(72.45);
        assertThat(item.depth().buy()).hasSize(5).first().isEqualTo(new MarketQuoteItem.Level(675L, 4L, 91.05));
        assertThat(item.depth().sell().get(4)).isEqualTo(new MarketQuoteItem.Level(1800L, 7L, 91.4));
        assertThat(item.oiDayHigh()).isEqualTo(5_290_125);
        assertThat(item.upperCircuitLimit()).isEqualTo(512.6);
        assertThat(DhanWireMapper.lastTradeTime(item.lastTradeTime())).contains(Instant.parse("2025-01-15T05:01:17Z"));
        assertThat(DhanWireMapper.lastTradeTime("01/01/1980 00:00:00")).isEmpty();
    }

    @Test
    void test_quote_beforeOpenFailsNamingSymbol() {
        MarketQuoteItem item = new MarketQuoteItem(
                10.0,
                new MarketQuoteItem.Ohlc(0.0, 9.0, 0.0, 0.0),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> DhanWireMapper.quote("TCS", item, TODAY, Instant.EPOCH))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no session open or previous close for TCS");
    }

    @Test
    void test_dailyCandles_floatTimestampsAndLengthMismatch() throws Exception {
        CandleArrays arrays = json.readValue(
                "{\"open\":[10],\"high\":[11],\"low\":[9],\"close\":[10.5],\"volume\":[100],"
                        + "\"timestamp\":[1736879400.0]}",
                CandleArrays.class);

        List<Candle> candles = DhanWireMapper.dailyCandles(arrays, "X", TODAY, TODAY);

        assertThat(candles).containsExactly(new Candle(TODAY, 10, 11, 9, 10.5, 100));
        CandleArrays broken = json.readValue(
                "{\"open\":[10,11],\"high\":[11],\"low\":[9],\"close\":[10],\"timestamp\":[1]}", CandleArrays.class);
        assertThatThrownBy(() -> DhanWireMapper.dailyCandles(broken, "X", TODAY, TODAY))
                .hasMessage("Dhan candles of X have 2 prices for 1 timestamps");
    }
}
