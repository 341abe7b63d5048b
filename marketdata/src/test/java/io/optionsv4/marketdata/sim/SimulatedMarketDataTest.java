package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.FAR_FUTURE;
import static io.optionsv4.marketdata.sim.SimFixtures.JAN_2020;
import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static io.optionsv4.marketdata.sim.SimFixtures.MID_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.ChainSource;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedMarketDataTest {

    private static final int MIN_UNIVERSE = 150;
    private static final int JAN_2020_UNIVERSE = 147;
    private static final int MIN_ROWS = 5;
    private static final int MIN_SESSIONS_PER_YEAR = 240;
    private static final double PRICE_TOLERANCE = 1e-9;

    @Test
    void test_quoteAndChain_sameSeedSameAnswersInAnyCallOrder() {
        SimulatedMarketData first = new SimulatedMarketData(SimFixtures.SEED);
        Quote infyFirst = first.quote("INFY", MID_2023);
        OptionChain chainFirst = first.optionChain("INFY", nearest(first, "INFY"), MID_2023);
        List<Candle> historyFirst = first.dailyCandles("INFY", MID_2023.minusYears(2), MID_2023);

        SimulatedMarketData second = new SimulatedMarketData(SimFixtures.SEED);
        second.optionChain("TCS", nearest(second, "TCS"), MID_2023.plusDays(1));
        second.niftyHistory(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        assertThat(second.dailyCandles("INFY", MID_2023.minusYears(2), MID_2023))
                .isEqualTo(historyFirst);
        assertThat(second.optionChain("INFY", nearest(second, "INFY"), MID_2023))
                .isEqualTo(chainFirst);
        assertThat(second.quote("INFY", MID_2023)).isEqualTo(infyFirst);
        assertThat(second.indiaVix(MID_2023)).isEqualTo(first.indiaVix(MID_2023));
        assertThat(chainFirst.source()).isEqualTo(ChainSource.SIMULATED);
    }

    @Test
    void test_quote_otherSeedOtherMarket() {
        SimulatedMarketData other = new SimulatedMarketData(SimFixtures.SEED + 1);
        assertThat(other.quote("INFY", MID_2023).close())
                .isNotEqualTo(MARKET.quote("INFY", MID_2023).close());
        assertThat(other.indiaVix(MID_2023)).isNotEqualTo(MARKET.indiaVix(MID_2023));
    }

    @Test
    void test_symbols_wholeUniverseServed() {
        for (LocalDate day : List.of(JAN_2020, MID_2023, FAR_FUTURE)) {
            List<String> symbols = MARKET.symbols(day);
            // January 2020 had 144 stocks and 3 indices in F&O; the reference universe is served as it was.
            assertThat(symbols)
                    .hasSizeGreaterThanOrEqualTo(day.equals(JAN_2020) ? JAN_2020_UNIVERSE : MIN_UNIVERSE)
                    .contains("NIFTY", "RELIANCE");
            for (String symbol : symbols) {
                Quote quote = MARKET.quote(symbol, day);
                OptionChain chain = MARKET.optionChain(
                        symbol, MARKET.expiries(symbol, day).get(0).date(), day);
                // penny stocks (IDEA near 3 rupees with a 0.5 step) list few strikes, as on NSE
                assertThat(chain.rows()).as(symbol).hasSizeGreaterThan(MIN_ROWS);
                assertThat(chain.spot().getAsDouble()).isEqualTo(quote.close());
                assertThat(chain.lotSize()).as(symbol).isPresent();
            }
        }
    }

    @Test
    void test_symbols_referenceUniverseWhereLotsCovered() {
        List<String> expected = ReferenceData.standard().fnoUniverse(JAN_2020).stream()
                .map(u -> u.symbol())
                .sorted()
                .toList();
        assertThat(MARKET.symbols(JAN_2020)).isEqualTo(expected);
    }

    @Test
    void test_symbols_uncoveredMonthsUseTheNearestTableBlock() {
        assertThat(MARKET.symbols(LocalDate.of(2020, 5, 15))).isEqualTo(MARKET.symbols(JAN_2020));
        assertThat(MARKET.symbols(MID_2023)).isEqualTo(MARKET.symbols(LocalDate.of(2026, 1, 2)));
        assertThat(MARKET.symbols(LocalDate.of(2010, 6, 1))).isEqualTo(MARKET.symbols(JAN_2020));
    }

    @Test
    void test_session_weekendServedAsFriday() {
        LocalDate saturday = MID_2023.with(DayOfWeek.SATURDAY);
        Quote quote = MARKET.quote("SBIN", saturday);
        assertThat(quote.tradeDate()).isEqualTo(MID_2023.with(DayOfWeek.FRIDAY));
        assertThat(MARKET.session(FAR_FUTURE)).isEqualTo(FAR_FUTURE);
    }

    @Test
    void test_dailyCandles_yearOfConsistentHistory() {
        for (LocalDate day : List.of(MID_2023, FAR_FUTURE)) {
            List<Candle> candles = MARKET.dailyCandles("HDFCBANK", day.minusYears(1), day);
            assertThat(candles).hasSizeGreaterThanOrEqualTo(MIN_SESSIONS_PER_YEAR);
            for (int i = 1; i < candles.size(); i++) {
                Candle c = candles.get(i);
                assertThat(c.high()).isGreaterThanOrEqualTo(Math.max(c.open(), c.close()));
                assertThat(c.low()).isLessThanOrEqualTo(Math.min(c.open(), c.close()));
                assertThat(c.date()).isAfter(candles.get(i - 1).date());
                assertThat(c.volume()).isPositive();
                assertThat(c.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            Quote quote = MARKET.quote("HDFCBANK", day);
            assertThat(quote.previousClose())
                    .isEqualTo(candles.get(candles.size() - 2).close());
        }
    }

    @Test
    void test_dailyCandles_yearOfHistoryBeforeTheFirstServedDay() {
        LocalDate first = MARKET.session(LocalDate.of(YearEndLevels.FIRST_YEAR, 1, 3));
        assertThat(MARKET.dailyCandles("TCS", first.minusYears(1), first))
                .hasSizeGreaterThanOrEqualTo(MIN_SESSIONS_PER_YEAR);
    }

    @Test
    void test_dailyCandles_passThroughRealYearEndCloses() {
        assertThat(MARKET.quote("NIFTY", LocalDate.of(2019, 12, 31)).close())
                .isCloseTo(12168.45, org.assertj.core.data.Offset.offset(PRICE_TOLERANCE));
        assertThat(MARKET.quote("RELIANCE", LocalDate.of(2019, 12, 31)).close())
                .isCloseTo(1514.05, org.assertj.core.data.Offset.offset(PRICE_TOLERANCE));
    }

    @Test
    void test_dailyCandles_stockPricesOnTheTickGrid() {
        for (Candle c : MARKET.dailyCandles("SBIN", MID_2023.minusMonths(1), MID_2023)) {
            for (double price : new double[] {c.open(), c.high(), c.low(), c.close()}) {
                assertThat(Math.abs(price * 20 - Math.rint(price * 20))).isLessThan(1e-6);
            }
        }
    }

    @Test
    void test_indiaVix_historyMatchesDailyValues() {
        List<Candle> history = MARKET.indiaVixHistory(MID_2023.minusDays(10), MID_2023);
        assertThat(history).isNotEmpty();
        assertThat(history.get(history.size() - 1).close()).isEqualTo(MARKET.indiaVix(MID_2023));
        assertThat(MARKET.quote("INDIA VIX", MID_2023).close()).isEqualTo(MARKET.indiaVix(MID_2023));
    }

    @Test
    void test_optionChain_unlistedExpiryNamed() {
        assertThatThrownBy(() -> MARKET.optionChain("INFY", MID_2023.plusDays(1), MID_2023))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("INFY")
                .hasMessageContaining("expiries");
        assertThatThrownBy(() -> MARKET.quote("NOSUCH", MID_2023)).isInstanceOf(MarketDataException.class);
        assertThatThrownBy(() -> MARKET.quote("INFY", LocalDate.of(1990, 1, 2)))
                .isInstanceOf(MarketDataException.class);
    }

    private static LocalDate nearest(SimulatedMarketData market, String symbol) {
        List<Expiry> expiries = market.expiries(symbol, MID_2023);
        return expiries.get(0).date();
    }
}
