package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.marketdata.files.ProjectData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay over the real NSE files of the project's {@code data/} (README there): 1-3 January 2020 in the old
 * formats, 1 January 2026 in UDiFF. One instance for the class, so each file is parsed once. Expected figures come from
 * the README's checks (index closes, cash closes, put–call parity forwards) and from NSE's India VIX.
 */
class BhavcopyReplayMarketDataTest {

    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_2 = LocalDate.of(2020, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2020, 1, 3);
    private static final LocalDate JAN_30 = LocalDate.of(2020, 1, 30);
    private static final LocalDate UDIFF_DAY = LocalDate.of(2026, 1, 1);

    /** Relative tolerance of an IV repricing its own settlement price. */
    private static final double REPRICE_TOLERANCE = 1e-9;

    private static BhavcopyReplayMarketData replay;

    @BeforeAll
    static void loadReplay() {
        replay = new BhavcopyReplayMarketData(ProjectData.directory());
    }

    @Test
    void test_quote_niftyFromIndexHistoryRounded() {
        var quote = replay.quote("NIFTY", JAN_1);

        assertThat(quote.close()).isEqualTo(12182.50);
        assertThat(quote.session().high()).isEqualTo(12222.20);
        assertThat(replay.quote("nifty", JAN_2).close()).isEqualTo(12282.20);
        assertThat(replay.quote("NIFTY", JAN_2).previousClose()).isEqualTo(12182.50);
    }

    @Test
    void test_quote_stockFromCashBhavcopyEqSeries() {
        var quote = replay.quote("RELIANCE", JAN_1);

        assertThat(quote.close()).isEqualTo(1509.60);
        assertThat(quote.previousClose()).isEqualTo(1514.05);
        assertThat(quote.session().volume()).isEqualTo(6_402_372);
        assertThat(replay.quote("RELIANCE", JAN_2).close()).isEqualTo(1535.30);
        assertThat(replay.quote("RELIANCE", UDIFF_DAY).close()).isEqualTo(1575.60);
    }

    @Test
    void test_quote_missingDayNamesTheDay() {
        assertThatThrownBy(() -> replay.quote("RELIANCE", LocalDate.of(2020, 1, 4)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2020-01-04")
                .hasMessageContaining("cash bhavcopy");
        assertThatThrownBy(() -> replay.quote("NOSUCHSTOCK", JAN_1))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("NOSUCHSTOCK")
                .hasMessageContaining("cm01JAN2020bhav.csv");
    }

    @Test
    void test_indiaVix_presentDays() {
        assertThat(replay.indiaVix(JAN_2)).isEqualTo(11.49);
        assertThat(replay.indiaVix(JAN_3)).isEqualTo(12.70);
    }

    @Test
    void test_indiaVix_missingDayReportedNotInvented() {
        assertThatThrownBy(() -> replay.indiaVix(JAN_1))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("INDIA VIX")
                .hasMessageContaining("2020-01-01")
                .hasMessageContaining("indiavix.csv");
        assertThat(replay.indiaVixHistory(JAN_1, JAN_3))
                .extracting(Candle::date)
                .containsExactly(JAN_2, JAN_3);
    }

    @Test
    void test_niftyHistory_yearsBack() {
        List<Candle> year = replay.niftyHistory(LocalDate.of(2019, 1, 1), JAN_3);

        assertThat(year).hasSizeGreaterThan(240);
        assertThat(year.get(year.size() - 1).close()).isEqualTo(12226.65);
    }

    @Test
    void test_dailyCandles_relianceSpansTheCashHistory() {
        List<Candle> candles = replay.dailyCandles("RELIANCE", LocalDate.of(2019, 1, 1), JAN_3);

        assertThat(candles).hasSize(102);
        assertThat(candles.get(0).date()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(candles.get(101).date()).isEqualTo(JAN_3);
        assertThat(candles.get(101).close()).isEqualTo(1537.15);
    }

    @Test
    void test_symbols_everyOptionUnderlyingOfTheDay() {
        assertThat(replay.symbols(JAN_1)).hasSize(147).contains("NIFTY", "BANKNIFTY", "NIFTYIT", "RELIANCE");
        assertThat(replay.symbols(UDIFF_DAY)).hasSize(213).contains("NIFTY", "RELIANCE");
    }

    @Test
    void test_expiries_weeklyAndMonthlyOnTheFirst() {
        List<Expiry> expiries = replay.expiries("NIFTY", JAN_1);

        assertThat(expiries.get(0)).isEqualTo(new Expiry(JAN_2, ExpiryKind.WEEKLY, true));
        assertThat(expiries).contains(new Expiry(JAN_30, ExpiryKind.MONTHLY, true));
        assertThat(replay.expiries("RELIANCE", JAN_1))
                .extracting(Expiry::date)
                .containsExactly(JAN_30, LocalDate.of(2020, 2, 27), LocalDate.of(2020, 3, 26));
    }

    @Test
    void test_expiries_expiredWeeklyGoneOnTheThird() {
        List<LocalDate> dates =
                replay.expiries("NIFTY", JAN_3).stream().map(Expiry::date).toList();

        assertThat(dates).doesNotContain(JAN_2).contains(LocalDate.of(2020, 1, 9), LocalDate.of(2020, 3, 5));
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2020, 1, 9));
    }

    @Test
    void test_optionChain_monthlyForwardNearJanuaryFuture() {
        OptionChain chain = replay.optionChain("NIFTY", JAN_30, JAN_1);

        assertThat(chain.forward().orElseThrow().price()).isBetween(12232.0, 12243.0);
        assertThat(chain.forward().orElseThrow().source()).isEqualTo(ForwardPrice.Source.PUT_CALL_PARITY);
        assertThat(chain.spot()).hasValue(12182.50);
        assertThat(chain.lotSize().orElseThrow().unitsPerLot()).isEqualTo(75);
        assertThat(chain.atmStrike()).hasValue(12250.0);
        assertThat(chain.yearsToExpiry()).isCloseTo(29 / 365.0, within(1e-15));
    }

    @Test
    void test_optionChain_weeklyForwardOnItsLastDayBeforeExpiry() {
        OptionChain chain = replay.optionChain("NIFTY", JAN_2, JAN_1);

        assertThat(chain.forward().orElseThrow().price()).isCloseTo(12191.0, within(1.0));
    }

    @Test
    void test_optionChain_atmImpliedVolatilityInASaneBand() {
        for (LocalDate asOf : List.of(JAN_1, JAN_3)) {
            OptionChain chain = replay.optionChain("NIFTY", JAN_30, asOf);
            double atm = chain.atmStrike().orElseThrow();
            for (Right right : Right.values()) {
                assertThat(chain.quote(atm, right)
                                .orElseThrow()
                                .impliedVolatility()
                                .orElseThrow())
                        .as("%s %s %s", asOf, atm, right)
                        .isBetween(0.09, 0.15);
            }
        }
        OptionChain reliance = replay.optionChain("RELIANCE", JAN_30, JAN_1);
        assertThat(reliance.quote(1520, Right.CALL)
                        .orElseThrow()
                        .impliedVolatility()
                        .orElseThrow())
                .isBetween(0.18, 0.30);
    }

    @Test
    void test_optionChain_ivRepricesTheSettle() {
        OptionChain chain = replay.optionChain("NIFTY", JAN_30, JAN_1);
        double forward = chain.forward().orElseThrow().price();
        List<OptionQuote> priced = chain.rows().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.call(), r.put()))
                .flatMap(java.util.Optional::stream)
                .filter(q -> q.quality() == QuoteQuality.OK)
                .toList();

        assertThat(priced).hasSizeGreaterThan(50);
        for (OptionQuote q : priced) {
            double price = Black76.price(
                    q.right(),
                    forward,
                    q.strike(),
                    chain.yearsToExpiry(),
                    q.impliedVolatility().orElseThrow(),
                    chain.discountFactor());
            assertThat(price)
                    .as("%s %s", q.strike(), q.right())
                    .isCloseTo(q.settle(), within(REPRICE_TOLERANCE * q.settle()));
        }
    }

    @Test
    void test_optionChain_untradedHaveNoIv() {
        OptionChain chain = replay.optionChain("NIFTY", JAN_30, JAN_1);
        List<OptionQuote> untraded = java.util.stream.Stream.concat(
                        chain.quotes(Right.CALL).stream(), chain.quotes(Right.PUT).stream())
                .filter(q -> !q.isTraded())
                .toList();

        assertThat(untraded).isNotEmpty().allSatisfy(q -> {
            assertThat(q.quality()).isEqualTo(QuoteQuality.UNTRADED);
            assertThat(q.impliedVolatility()).isEmpty();
            assertThat(q.greeks()).isEmpty();
            assertThat(q.last()).isZero();
        });
    }

    @Test
    void test_optionChain_expiryDayHasNoIv() {
        OptionChain chain = replay.optionChain("NIFTY", JAN_2, JAN_2);

        assertThat(chain.yearsToExpiry()).isZero();
        assertThat(chain.quotes(Right.CALL).stream().filter(OptionQuote::isTraded))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.quality()).isEqualTo(QuoteQuality.NO_IV));
    }

    @Test
    void test_optionChain_indexWithoutHistoryHasNoSpot() {
        OptionChain chain = replay.optionChain("BANKNIFTY", JAN_30, JAN_1);

        assertThat(chain.spot()).isEmpty();
        assertThat(chain.forward().orElseThrow().price()).isBetween(32200.0, 32400.0);
    }

    @Test
    void test_optionChain_missingDayAndExpiryNamed() {
        assertThatThrownBy(() -> replay.optionChain("NIFTY", JAN_30, LocalDate.of(2020, 1, 6)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("no F&O bhavcopy for 2020-01-06");
        assertThatThrownBy(() -> replay.optionChain("NIFTY", JAN_2, JAN_3))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2020-01-02")
                .hasMessageContaining("fo03JAN2020bhav.csv");
    }

    @Test
    void test_optionChain_udiffWeeklyAndMonthly() {
        OptionChain weekly = replay.optionChain("NIFTY", LocalDate.of(2026, 1, 6), UDIFF_DAY);
        OptionChain monthly = replay.optionChain("NIFTY", LocalDate.of(2026, 1, 27), UDIFF_DAY);

        assertThat(weekly.spot()).hasValue(26146.55);
        assertThat(weekly.forward().orElseThrow().price()).isBetween(26146.55, 26200.0);
        assertThat(monthly.forward().orElseThrow().price()).isBetween(26250.0, 26350.0);
        double atm = monthly.atmStrike().orElseThrow();
        assertThat(monthly.quote(atm, Right.CALL)
                        .orElseThrow()
                        .impliedVolatility()
                        .orElseThrow())
                .isBetween(0.06, 0.12);
        assertThat(replay.expiries("NIFTY", UDIFF_DAY).get(0))
                .isEqualTo(new Expiry(LocalDate.of(2026, 1, 6), ExpiryKind.WEEKLY, true));
    }

    /** NewBrdLotQty of the UDiFF file, read with awk: one lot per symbol across its option expiries. */
    @Test
    void test_optionChain_udiffLotSizesMatchTheFile() {
        Map<String, Integer> fileLots = Map.of("NIFTY", 65, "BANKNIFTY", 30, "RELIANCE", 500, "TCS", 175);

        fileLots.forEach((symbol, lot) -> {
            for (Expiry expiry : replay.expiries(symbol, UDIFF_DAY).subList(0, 3)) {
                OptionChain chain = replay.optionChain(symbol, expiry.date(), UDIFF_DAY);
                assertThat(chain.lotSize().orElseThrow().unitsPerLot())
                        .as("%s %s", symbol, expiry.date())
                        .isEqualTo(lot);
            }
        });
    }

    /**
     * Every underlying of the day has a January chain with a lot and a forward. Illiquid stocks without a strike whose
     * call and put both traded (13 of 147 on 1 January, e.g. MRF, SHREECEM, PAGEIND) take the January future's price.
     */
    @Test
    void test_optionChain_everyUnderlyingOfTheDayServed() {
        List<String> fromFuture = new java.util.ArrayList<>();
        for (String symbol : replay.symbols(JAN_1)) {
            OptionChain chain = replay.optionChain(symbol, JAN_30, JAN_1);
            assertThat(chain.rows()).as(symbol).isNotEmpty();
            assertThat(chain.lotSize()).as(symbol).isPresent();
            if (!List.of("BANKNIFTY", "NIFTYIT").contains(symbol)) {
                assertThat(chain.spot()).as(symbol).isPresent();
            }
            if (chain.forward().orElseThrow().source() == ForwardPrice.Source.FUTURE) {
                fromFuture.add(symbol);
            }
        }
        assertThat(fromFuture).hasSize(13).contains("MRF", "SHREECEM", "PAGEIND", "NIFTYIT");
    }

    @Test
    void test_warnings_noneOnTheRealFiles() {
        assertThat(replay.warnings(JAN_1)).isEmpty();
        assertThat(replay.warnings(UDIFF_DAY)).isEmpty();
    }
}
