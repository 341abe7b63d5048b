package io.optionsv4.dhan.rest;

import static io.optionsv4.dhan.testdata.DhanScenario.EXPIRY;
import static io.optionsv4.dhan.testdata.DhanScenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.dhan.testdata.DhanFixtures;
import io.optionsv4.dhan.testdata.DhanScenario;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeResponse;
import io.optionsv4.dhan.testdata.RecordedRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each endpoint's happy path against the fake Dhan server, with the exact mapping of the fixtures' fields. */
class DhanMarketDataTest {

    private static final double EXACT = 1e-9;
    /** Repricing tolerance of the IV round trip, rupees. */
    private static final double REPRICE = 1e-6;

    private final DhanScenario scenario = new DhanScenario();
    private final DhanMarketData dhan = scenario.marketData();
    private final FakeDhanServer server = scenario.server();

    @AfterEach
    void close() {
        scenario.close();
    }

    @Test
    void test_optionChain_mapsFixtureExactly() throws Exception {
        OptionChain chain = dhan.optionChain("NIFTY", EXPIRY, TODAY);

        RecordedRequest request = server.requests("/v2/optionchain").get(0);
        assertThat(request.body())
                .isEqualTo("{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\",\"Expiry\":\"2025-01-30\"}");
        assertThat(request.headers())
                .containsEntry("access-token", FakeDhanServer.ACCESS_TOKEN)
                .containsEntry("client-id", FakeDhanServer.CLIENT_ID)
                .containsEntry("content-type", "application/json")
                .containsEntry("accept", "application/json");
        assertThat(chain.underlying()).isEqualTo("NIFTY");
        assertThat(chain.asOf()).isEqualTo(TODAY);
        assertThat(chain.spot().getAsDouble()).isEqualTo(23215.6);
        assertThat(chain.strikes()).containsExactly(23150.0, 23200.0, 23250.0);
        assertThat(chain.lotSize().orElseThrow().unitsPerLot()).isEqualTo(75);
        assertThat(chain.forward().orElseThrow().strikesUsed()).isEqualTo(3);
        assertThat(chain.rate()).isEqualTo(DhanMarketData.DEFAULT_RATE);

        OptionQuote call = chain.quote(23200, Right.CALL).orElseThrow();
        assertThat(call.last()).isEqualTo(91.1);
        assertThat(call.close()).isEqualTo(91.1);
        assertThat(call.bidAsk()).contains(new BidAsk(91.05, 91.2));
        assertThat(call.settle()).isCloseTo(91.125, within(EXACT));
        assertThat(call.volume()).as("104455050 units / lot 75").isEqualTo(1_392_734);
        assertThat(call.openInterest()).isEqualTo(5_214_375);
        assertThat(call.changeInOpenInterest()).isEqualTo(5_214_375 - 4_873_500);
        assertThat(call.quality()).isEqualTo(QuoteQuality.OK);
        assertThat(reprice(chain, call)).isCloseTo(call.settle(), within(REPRICE));
        assertThat(call.greeks().orElseThrow().delta()).isBetween(0.5, 0.6);

        OptionQuote put = chain.quote(23150, Right.PUT).orElseThrow();
        assertThat(put.bidAsk()).contains(new BidAsk(49.55, 49.65));
        assertThat(put.volume()).isEqualTo(63_908_400 / 75);
        assertThat(reprice(chain, put)).isCloseTo(put.settle(), within(REPRICE));
        assertThat(put.greeks().orElseThrow().delta()).isBetween(-0.45, -0.35);
    }

    /**
     * The fixture's own IVs (about 12.2 %) do not fit its prices 15 days before expiry (they would fit about 2 days):
     * the values are invented. What must hold is that the core's IV reprices the mark on the chain's own forward and
     * year fraction, and that the forward agrees with put-call parity at every strike (median about 23221.9).
     */
    @Test
    void test_optionChain_ivRepricesMarkOnParityForward() {
        OptionChain chain = dhan.optionChain("NIFTY", EXPIRY, TODAY);

        assertThat(chain.forward().orElseThrow().price()).isCloseTo(23221.9, within(0.05));
        assertThat(chain.yearsToExpiry()).isCloseTo(15.207 / 365, within(1e-4));
        for (Right right : Right.values()) {
            for (OptionQuote q : chain.quotes(right)) {
                assertThat(reprice(chain, q)).isCloseTo(q.settle(), within(REPRICE));
            }
        }
    }

    private static double reprice(OptionChain chain, OptionQuote q) {
        return Black76.price(
                q.right(),
                chain.forward().orElseThrow().price(),
                q.strike(),
                chain.yearsToExpiry(),
                q.impliedVolatility().getAsDouble(),
                chain.discountFactor());
    }

    @Test
    void test_expiries_listedDatesWithKinds() {
        List<Expiry> expiries = dhan.expiries("nifty", TODAY);

        assertThat(server.requests("/v2/optionchain/expirylist").get(0).body())
                .isEqualTo("{\"UnderlyingScrip\":13,\"UnderlyingSeg\":\"IDX_I\"}");
        assertThat(expiries)
                .extracting(Expiry::date)
                .containsExactly(
                        LocalDate.of(2025, 1, 16),
                        LocalDate.of(2025, 1, 23),
                        EXPIRY,
                        LocalDate.of(2025, 2, 6),
                        LocalDate.of(2025, 2, 27),
                        LocalDate.of(2025, 3, 27),
                        LocalDate.of(2025, 6, 26),
                        LocalDate.of(2025, 12, 24));
        assertThat(expiries)
                .extracting(Expiry::kind)
                .containsExactly(
                        ExpiryKind.WEEKLY,
                        ExpiryKind.WEEKLY,
                        ExpiryKind.MONTHLY,
                        ExpiryKind.WEEKLY,
                        ExpiryKind.MONTHLY,
                        ExpiryKind.MONTHLY,
                        ExpiryKind.MONTHLY,
                        ExpiryKind.MONTHLY);
        assertThat(expiries).allMatch(Expiry::confirmed);
    }

    @Test
    void test_quote_indexFromOhlc() {
        Quote nifty = dhan.quote("NIFTY", TODAY);

        assertThat(server.requests("/v2/marketfeed/ohlc").get(0).body()).isEqualTo("{\"IDX_I\":[13]}");
        assertThat(nifty.symbol()).isEqualTo("NIFTY");
        assertThat(nifty.tradeDate()).isEqualTo(TODAY);
        assertThat(nifty.asOf()).isEqualTo(DhanScenario.NOW);
        assertThat(nifty.last()).isEqualTo(23215.6);
        assertThat(nifty.session()).isEqualTo(new Candle(TODAY, 23250.45, 23293.65, 23146.45, 23215.6, 0));
        assertThat(nifty.previousClose()).isEqualTo(23176.05);
    }

    @Test
    void test_quote_stockFromFullQuote() {
        server.enqueue("/v2/marketfeed/quote", FakeResponse.ok(DhanFixtures.own("marketfeed-quote-hdfcbank.json")));

        Quote hdfc = dhan.quote("HDFCBANK", TODAY);

        assertThat(server.requests("/v2/marketfeed/quote").get(0).body()).isEqualTo("{\"NSE_EQ\":[1333]}");
        assertThat(hdfc.session()).isEqualTo(new Candle(TODAY, 1660.0, 1664.9, 1644.1, 1650.5, 5_123_456));
        assertThat(hdfc.previousClose()).isEqualTo(1658.75);
        assertThat(hdfc.change()).isCloseTo(1650.5 - 1658.75, within(EXACT));
    }

    @Test
    void test_quotes_indicesAndStocksInOneCall() {
        server.enqueue("/v2/marketfeed/quote", FakeResponse.ok(DhanFixtures.own("marketfeed-quote-hdfcbank.json")));

        Map<String, Quote> quotes = dhan.quotes(List.of("NIFTY", "INDIA VIX", "HDFCBANK", "TCS"));

        assertThat(server.requests("/v2/marketfeed/ohlc").get(0).body()).isEqualTo("{\"IDX_I\":[13,21]}");
        assertThat(server.requests("/v2/marketfeed/quote").get(0).body()).isEqualTo("{\"NSE_EQ\":[1333,11536]}");
        assertThat(quotes).containsOnlyKeys("NIFTY", "INDIA VIX", "HDFCBANK");
        assertThat(quotes.get("INDIA VIX").last()).isEqualTo(15.42);
    }

    @Test
    void test_lastPrices_andIndiaVixToday() {
        Map<String, Double> prices = dhan.lastPrices(List.of("NIFTY", "INDIA VIX"));

        assertThat(server.requests("/v2/marketfeed/ltp").get(0).body()).isEqualTo("{\"IDX_I\":[13,21]}");
        assertThat(prices).containsExactly(Map.entry("NIFTY", 23215.6), Map.entry("INDIA VIX", 15.42));
        assertThat(dhan.indiaVix(TODAY)).isEqualTo(15.42);
    }

    @Test
    void test_dailyCandles_mapsFixtureExactly() throws Exception {
        List<Candle> candles = dhan.dailyCandles("HDFCBANK", LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 17));

        RecordedRequest request = server.requests("/v2/charts/historical").get(0);
        assertThat(server.body(request))
                .isEqualTo(server.body(new RecordedRequest(
                        "POST",
                        "",
                        Map.of(),
                        "{\"securityId\":\"1333\",\"exchangeSegment\":\"NSE_EQ\",\"instrument\":\"EQUITY\","
                                + "\"oi\":false,\"fromDate\":\"2025-01-13\",\"toDate\":\"2025-01-18\"}",
                        Instant.EPOCH)));
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(LocalDate.of(2025, 1, 13), 1648.0, 1655.9, 1617.2, 1621.75, 14_328_765));
        assertThat(candles.get(4))
                .isEqualTo(new Candle(LocalDate.of(2025, 1, 17), 1701.5, 1712.3, 1677.0, 1681.25, 16_543_210));
    }

    @Test
    void test_niftyHistory_keepsOnlyTheRange() {
        List<Candle> candles = dhan.niftyHistory(LocalDate.of(2025, 1, 14), LocalDate.of(2025, 1, 15));

        assertThat(server.requests("/v2/charts/historical").get(0).body())
                .contains("\"securityId\":\"13\",\"exchangeSegment\":\"IDX_I\",\"instrument\":\"INDEX\"");
        assertThat(candles).extracting(Candle::date).containsExactly(LocalDate.of(2025, 1, 14), TODAY);
    }

    @Test
    void test_quote_pastDayFromDailyCandles() {
        Quote quote = dhan.quote("HDFCBANK", LocalDate.of(2025, 1, 14));

        assertThat(quote.close()).isEqualTo(1640.6);
        assertThat(quote.previousClose()).isEqualTo(1621.75);
        assertThat(quote.asOf()).isEqualTo(Instant.parse("2025-01-14T10:00:00Z"));
        assertThat(server.requests("/v2/marketfeed/quote")).isEmpty();
    }

    @Test
    void test_intradayCandles_mapsFixtureExactly() {
        List<IntradayCandle> candles = dhan.intradayCandles(
                "NIFTY",
                CandleInterval.ONE_MINUTE,
                LocalDateTime.of(2025, 1, 15, 9, 15),
                LocalDateTime.of(2025, 1, 15, 9, 20));

        assertThat(server.requests("/v2/charts/intraday").get(0).body())
                .isEqualTo("{\"securityId\":\"13\",\"exchangeSegment\":\"IDX_I\",\"instrument\":\"INDEX\","
                        + "\"interval\":1,\"oi\":false,\"fromDate\":\"2025-01-15 09:15:00\","
                        + "\"toDate\":\"2025-01-15 09:20:00\"}");
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0))
                .isEqualTo(new IntradayCandle(
                        Instant.parse("2025-01-15T03:45:00Z"), 23280.1, 23291.45, 23255.05, 23262.45, 0, 0));
        assertThat(candles.get(4).start()).isEqualTo(Instant.parse("2025-01-15T03:49:00Z"));
    }

    @Test
    void test_intradayCandles_splitsIntoNinetyDayCalls() {
        dhan.intradayCandles(
                "NIFTY",
                CandleInterval.FIVE_MINUTES,
                LocalDateTime.of(2024, 7, 1, 9, 15),
                LocalDateTime.of(2025, 1, 10, 15, 30));

        assertThat(server.requests("/v2/charts/intraday"))
                .extracting(RecordedRequest::body)
                .hasSize(3)
                .allSatisfy(b -> assertThat(b).contains("\"interval\":5"))
                .satisfies(b -> assertThat(b.get(1)).contains("\"fromDate\":\"2024-09-29 09:15:00\""));
    }

    @Test
    void test_symbols_fromScripMaster() {
        assertThat(dhan.symbols(TODAY)).containsExactly("NIFTY");
        assertThatThrownBy(() -> dhan.symbols(LocalDate.of(2025, 2, 1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("import a current one");
    }

    @Test
    void test_optionChain_otherDayOrUnknownExpiryFailsWithoutCall() {
        assertThatThrownBy(() -> dhan.optionChain("NIFTY", EXPIRY, TODAY.minusDays(1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("Dhan serves the option chain of NIFTY live only: asked as of 2025-01-14, today is"
                        + " 2025-01-15 (use the replay for past days)");
        assertThatThrownBy(() -> dhan.optionChain("NIFTY", LocalDate.of(2025, 2, 27), TODAY))
                .hasMessageContaining("the scrip master lists no NIFTY options expiring 2025-02-27");
        assertThatThrownBy(() -> dhan.quote("NOSUCH", TODAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("'NOSUCH' is not an NSE index or EQ stock of the scrip master");
        assertThat(server.requests()).isEmpty();
    }
}
