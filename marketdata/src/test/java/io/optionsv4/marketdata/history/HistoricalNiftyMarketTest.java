package io.optionsv4.marketdata.history;

import static io.optionsv4.marketdata.history.HistoryFixtures.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainSource;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.QuoteValuer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The historical market's answers: real NIFTY and VIX, model chains said to be model prices, clear errors. */
class HistoricalNiftyMarketTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 2);
    private static final double IV_ROUND_TRIP = 1e-9;

    @Test
    void test_niftyAndVix_areTheRealFiles() {
        assertThat(MARKET.quote("NIFTY", DAY).close()).isEqualTo(12_282.20);
        assertThat(MARKET.quote("NIFTY", DAY).previousClose()).isEqualTo(12_182.50);
        assertThat(MARKET.quote("INDIA VIX", DAY).close()).isEqualTo(11.49);
        assertThat(MARKET.indiaVix(DAY)).isEqualTo(11.49);
        assertThat(MARKET.niftyHistory(LocalDate.of(2019, 12, 30), DAY))
                .extracting(c -> c.close())
                .containsExactly(12_255.85, 12_168.45, 12_182.50, 12_282.20);
        assertThat(MARKET.sessions(LocalDate.of(2008, 3, 3), LocalDate.of(2026, 3, 13)))
                .hasSize(4420);
        assertThat(MARKET.symbols(DAY)).containsExactly("NIFTY");
    }

    @Test
    void test_everyChain_isMarkedModel_andRepricesToItsVol() {
        assertThat(HistoricalNiftyMarket.PRICE_NOTICE).contains("model prices").contains("not traded prices");
        // the 2 Jan 2020 weekly expires that day: see test_expiryDay_intrinsicValueAndNoIv
        for (Expiry expiry : MARKET.expiries("NIFTY", DAY).subList(1, 21)) {
            OptionChain chain = MARKET.optionChain("NIFTY", expiry.date(), DAY);
            assertThat(chain.source()).isEqualTo(ChainSource.MODEL);
            assertThat(chain.source().isExchangePrice()).isFalse();
            assertThat(chain.spot()).hasValue(12_282.20);
            double forward = chain.forward().orElseThrow().price();
            assertThat(forward)
                    .isCloseTo(ModelChainBuilder.forward(12_282.20, chain.rate(), chain.yearsToExpiry()), within(1e-9));
            for (Right right : Right.values()) {
                for (OptionQuote q : chain.quotes(right)) {
                    assertThat(q.quality()).isEqualTo(QuoteQuality.OK);
                    assertThat(q.bidAsk().orElseThrow().bid()).isLessThanOrEqualTo(q.settle());
                    assertThat(q.bidAsk().orElseThrow().ask()).isGreaterThanOrEqualTo(q.settle());
                    if (q.greeks().orElseThrow().vega() > 0.05) {
                        Valuation again = QuoteValuer.value(
                                true,
                                right,
                                q.settle(),
                                OptionalDouble.of(forward),
                                q.strike(),
                                chain.yearsToExpiry(),
                                chain.discountFactor());
                        assertThat(((Valuation.Priced) again).impliedVolatility())
                                .isCloseTo(q.impliedVolatility().orElseThrow(), within(IV_ROUND_TRIP));
                    }
                }
            }
        }
    }

    @Test
    void test_expiryDay_intrinsicValueAndNoIv() {
        LocalDate expiryDay = LocalDate.of(2020, 1, 2);
        OptionChain chain = MARKET.optionChain("NIFTY", expiryDay, expiryDay);

        assertThat(chain.yearsToExpiry()).isZero();
        OptionQuote call = chain.quote(12_000, Right.CALL).orElseThrow();
        assertThat(call.settle()).isCloseTo(282.20, within(1e-9));
        assertThat(call.quality()).isEqualTo(QuoteQuality.NO_IV);
        assertThat(chain.quote(12_000, Right.PUT).orElseThrow().settle()).isZero();
    }

    @Test
    void test_viewAsOf_nothingLaterReachable() {
        HistoricalNiftyMarket view = MARKET.asOf(LocalDate.of(2020, 1, 3));
        LocalDate monday = LocalDate.of(2020, 1, 6);

        assertThat(view.lastDate()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(view.niftyHistory(LocalDate.of(2019, 12, 1), LocalDate.of(2030, 1, 1)))
                .last()
                .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2020, 1, 3)));
        assertThat(view.indiaVixHistory(LocalDate.of(2020, 1, 4), LocalDate.of(2030, 1, 1)))
                .isEmpty();
        assertThat(view.sessions(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 12, 31)))
                .containsExactly(
                        LocalDate.of(2019, 12, 30),
                        LocalDate.of(2019, 12, 31),
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 1, 2),
                        LocalDate.of(2020, 1, 3));
        for (Runnable call : List.<Runnable>of(
                () -> view.quote("NIFTY", monday),
                () -> view.quote("INDIA VIX", monday),
                () -> view.indiaVix(monday),
                () -> view.expiries("NIFTY", monday),
                () -> view.optionChain("NIFTY", LocalDate.of(2020, 1, 9), monday),
                () -> view.symbols(monday),
                () -> view.rate(monday),
                () -> view.asOf(monday))) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(MarketDataException.class)
                    .hasMessageContaining("2020-01-06 is after the as-of date 2020-01-03")
                    .hasMessageContaining("not reachable");
        }
        assertThat(view.qualityReport().carriedVix())
                .extracting(HistoryQualityReport.CarriedVix::session)
                .last()
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void test_missingVixDay_carriedForwardAndReported_noQuoteMadeUp() {
        LocalDate newYear = LocalDate.of(2020, 1, 1);

        assertThat(MARKET.indiaVix(newYear)).isEqualTo(11.67);
        assertThat(MARKET.qualityReport().carriedVix())
                .contains(new HistoryQualityReport.CarriedVix(newYear, LocalDate.of(2019, 12, 31), 11.67))
                .hasSize(19);
        assertThat(MARKET.qualityReport().lines())
                .anySatisfy(l -> assertThat(l)
                        .contains("2020-01-01: no India VIX row; the close of 2019-12-31 (11.67) is carried forward"));
        assertThatThrownBy(() -> MARKET.quote("INDIA VIX", newYear))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no India VIX row for 2020-01-01");
        assertThat(MARKET.optionChain("NIFTY", LocalDate.of(2020, 1, 30), newYear)
                        .quotes(Right.CALL))
                .isNotEmpty();
    }

    @Test
    void test_dayWithoutTrading_clearMessages() {
        assertThatThrownBy(() -> MARKET.quote("NIFTY", LocalDate.of(2020, 1, 4)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2020-01-04 (saturday) is not a trading session")
                .hasMessageContaining("nifty50.csv")
                .hasMessageContaining("the previous session is 2020-01-03");
        assertThatThrownBy(() -> MARKET.optionChain("NIFTY", LocalDate.of(2019, 10, 3), LocalDate.of(2019, 10, 2)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("weekend or NSE holiday");
        assertThatThrownBy(() -> MARKET.expiries("NIFTY", LocalDate.of(2011, 11, 24)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2011-11-24 is an NSE session but")
                .hasMessageContaining("a gap of the file");
        assertThat(MARKET.qualityReport().missingNiftySessions()).contains(LocalDate.of(2011, 11, 24));
    }

    @Test
    void test_dateOutsideTheFiles_clearMessages() {
        assertThatThrownBy(() -> MARKET.quote("NIFTY", LocalDate.of(2007, 9, 14)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2007-09-14 is outside")
                .hasMessageContaining("2007-09-17 to 2026-03-13");
        assertThatThrownBy(() -> MARKET.quote("NIFTY", LocalDate.of(2026, 3, 16)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("after the as-of date 2026-03-13");
        assertThatThrownBy(() -> MARKET.optionChain("NIFTY", LocalDate.of(2008, 2, 28), LocalDate.of(2008, 2, 1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no India VIX for 2008-02-01")
                .hasMessageContaining("starts on 2008-03-03");
        assertThat(MARKET.lastDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThatThrownBy(() -> MARKET.asOf(LocalDate.of(2030, 1, 1)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("after the as-of date 2026-03-13");
    }

    @Test
    void test_unlistedExpiryAndOtherSymbols_clearMessages() {
        assertThatThrownBy(() -> MARKET.optionChain("NIFTY", LocalDate.of(2020, 1, 10), DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no NIFTY options expiring 2020-01-10 are listed on 2020-01-02")
                .hasMessageContaining("2020-01-09, 2020-01-16");
        assertThatThrownBy(() -> MARKET.expiries("INDIA VIX", DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("options on NIFTY only");
        assertThatThrownBy(() -> MARKET.dailyCandles("RELIANCE", DAY, DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("serves NIFTY and INDIA VIX only, not RELIANCE");
    }

    @Test
    void test_malformedRow_namesFileAndLine(@TempDir Path dir) {
        Path[] files = HistoryFixtures.copies(
                dir, (nifty, line) -> nifty && line.startsWith("2020-01-02,") ? "2020-01-02,abc,1,1,1,0" : line);
        HistoricalNiftyMarket market = HistoricalNiftyMarket.load(files[0], files[1]);

        assertThatThrownBy(() -> market.quote("NIFTY", DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining(files[0] + ":3004");
        assertThatThrownBy(() -> market.optionChain("NIFTY", LocalDate.of(2020, 1, 9), DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining(files[0] + ":3004");
        assertThatThrownBy(() -> market.niftyHistory(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 31)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining(files[0] + ":3004");
        assertThat(market.qualityReport().rows().total()).isEqualTo(1);
        assertThat(market.qualityReport().rows().firstRows().get(0).line()).isEqualTo(3004);
        assertThat(market.quote("NIFTY", LocalDate.of(2020, 1, 3)).close()).isEqualTo(12_226.65);
    }

    @Test
    void test_vixMissingLongerThanTheCarryLimit_isAnError(@TempDir Path dir) {
        List<String> dropped = List.of("2020-01-06", "2020-01-07", "2020-01-08", "2020-01-09", "2020-01-10");
        Path[] files = HistoryFixtures.copies(
                dir, (nifty, line) -> !nifty && dropped.contains(line.substring(0, 10)) ? "" : line);
        HistoricalNiftyMarket market = HistoricalNiftyMarket.load(files[0], files[1]);

        assertThat(market.indiaVix(LocalDate.of(2020, 1, 8))).isEqualTo(12.70);
        assertThatThrownBy(() -> market.indiaVix(LocalDate.of(2020, 1, 9)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no India VIX for 2020-01-09")
                .hasMessageContaining("no row for the 4 sessions since 2020-01-03");
        assertThat(market.qualityReport().carriedVix())
                .extracting(HistoryQualityReport.CarriedVix::session)
                .contains(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 8))
                .doesNotContain(LocalDate.of(2020, 1, 9));
    }

    @Test
    void test_sameInputs_sameAnswers_inAnyOrder() {
        HistoricalNiftyMarket other = HistoricalNiftyMarket.load(io.optionsv4.marketdata.files.ProjectData.directory());
        List<Expiry> expiries = other.expiries("NIFTY", DAY);
        for (int i = expiries.size() - 1; i >= 0; i--) {
            other.optionChain("NIFTY", expiries.get(i).date(), DAY);
        }
        for (Expiry expiry : MARKET.expiries("NIFTY", DAY)) {
            assertThat(other.optionChain("NIFTY", expiry.date(), DAY))
                    .isEqualTo(MARKET.optionChain("NIFTY", expiry.date(), DAY));
        }
        assertThat(other.asOf(DAY).optionChain("NIFTY", LocalDate.of(2020, 1, 30), DAY))
                .isEqualTo(MARKET.optionChain("NIFTY", LocalDate.of(2020, 1, 30), DAY));
    }
}
