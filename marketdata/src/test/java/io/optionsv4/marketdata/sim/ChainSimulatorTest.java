package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.FAR_FUTURE;
import static io.optionsv4.marketdata.sim.SimFixtures.JAN_2020;
import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static io.optionsv4.marketdata.sim.SimFixtures.MID_2023;
import static io.optionsv4.marketdata.sim.SimFixtures.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainSimulatorTest {

    private static final List<String> SYMBOLS = List.of("NIFTY", "BANKNIFTY", "RELIANCE", "INFY", "SBIN", "TATASTEEL");
    private static final List<LocalDate> DAYS = List.of(JAN_2020, MID_2023, FAR_FUTURE);
    private static final double IV_TOLERANCE = 1e-9;
    private static final double MIN_VEGA_FOR_IV = 0.01;
    private static final double PARITY_TOLERANCE = 1e-9;
    private static final double ARBITRAGE_TOLERANCE = 1e-9;
    private static final double TICK = 0.05;

    @Test
    void test_strikes_onTheStepGridAroundTheForward() {
        for (LocalDate day : DAYS) {
            for (String symbol : SYMBOLS) {
                OptionChain chain = chain(symbol, day, 0);
                List<Double> strikes = chain.strikes();
                double step = strikes.get(1) - strikes.get(0);
                for (double strike : strikes) {
                    assertThat(strike / step).as(symbol).isCloseTo(Math.rint(strike / step), within(1e-9));
                }
                for (int i = 1; i < strikes.size(); i++) {
                    assertThat(strikes.get(i) - strikes.get(i - 1)).isCloseTo(step, within(1e-9));
                }
                double forward = chain.forward().orElseThrow().price();
                assertThat(strikes.get(0)).isLessThan(forward);
                assertThat(strikes.get(strikes.size() - 1)).isGreaterThan(forward);
                assertThat(strikes.size()).isBetween(2 * ChainSimulator.MIN_STRIKES_EACH_SIDE, 121);
            }
        }
    }

    @Test
    void test_strikes_referenceStepWhereThePriceIsNearTheObservedOne() {
        ReferenceData reference = ReferenceData.standard();
        for (String symbol : SYMBOLS) {
            OptionChain chain = chain(symbol, JAN_2020, 0);
            double step = chain.strikes().get(1) - chain.strikes().get(0);
            assertThat(step)
                    .as(symbol)
                    .isEqualTo(reference.strikeStep(symbol, JAN_2020).step());
        }
    }

    @Test
    void test_expiries_referenceCalendarWhereItCovers() {
        ReferenceData reference = ReferenceData.standard();
        for (String symbol : List.of("NIFTY", "RELIANCE")) {
            assertThat(MARKET.expiries(symbol, JAN_2020)).isEqualTo(reference.expiries(symbol, JAN_2020));
        }
    }

    @Test
    void test_expiries_nseRulesBeyondTheReferenceRules() {
        List<Expiry> nifty2023 = MARKET.expiries("NIFTY", MID_2023);
        assertThat(nifty2023.stream().filter(e -> e.kind() == ExpiryKind.WEEKLY))
                .isNotEmpty();
        for (Expiry e : nifty2023) {
            assertThat(e.date().getDayOfWeek()).isIn(DayOfWeek.THURSDAY, DayOfWeek.WEDNESDAY);
        }
        for (Expiry e : MARKET.expiries("RELIANCE", FAR_FUTURE)) {
            LocalDate lastTuesday = e.date().with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY));
            assertThat(e.kind()).isEqualTo(ExpiryKind.MONTHLY);
            assertThat(e.date()).isEqualTo(lastTuesday);
            assertThat(e.confirmed()).isFalse();
        }
    }

    @Test
    void test_quotes_bidAskOnTickGridAroundTheSettle() {
        for (LocalDate day : DAYS) {
            for (String symbol : SYMBOLS) {
                for (OptionQuote q : allQuotes(chain(symbol, day, 0))) {
                    BidAsk ba = q.bidAsk().orElseThrow();
                    assertThat(ba.bid()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(q.settle());
                    assertThat(ba.ask()).isGreaterThanOrEqualTo(q.settle()).isGreaterThan(ba.bid());
                    assertThat(onTick(ba.bid()) && onTick(ba.ask())).isTrue();
                    if (q.isTraded()) {
                        assertThat(q.last()).isBetween(ba.bid(), ba.ask());
                        assertThat(onTick(q.last())).isTrue();
                    } else {
                        assertThat(q.last()).isZero();
                        assertThat(q.quality()).isEqualTo(QuoteQuality.UNTRADED);
                    }
                }
            }
        }
    }

    @Test
    void test_prices_monotoneConvexAndAtParity() {
        for (LocalDate day : DAYS) {
            for (String symbol : SYMBOLS) {
                for (int minDays : new int[] {0, 40}) {
                    OptionChain chain = chain(symbol, day, minDays);
                    checkNoArbitrage(chain);
                }
            }
        }
    }

    @Test
    void test_impliedVol_recoversTheSmile() {
        for (LocalDate day : DAYS) {
            for (String symbol : SYMBOLS) {
                OptionChain chain = chain(symbol, day, 1);
                SymbolProfile profile = MARKET.profile(symbol);
                SmileSurface surface = MARKET.surface(profile, chain.asOf());
                double forward = chain.forward().orElseThrow().price();
                int priced = 0;
                for (OptionQuote q : allQuotes(chain)) {
                    if (q.quality() == QuoteQuality.OK
                            && q.greeks().orElseThrow().vega() > MIN_VEGA_FOR_IV) {
                        double smile = surface.impliedVol(forward, q.strike(), chain.yearsToExpiry());
                        assertThat(q.impliedVolatility().getAsDouble()).isCloseTo(smile, within(IV_TOLERANCE));
                        priced++;
                    }
                }
                assertThat(priced).as(symbol).isGreaterThan(10);
            }
        }
    }

    @Test
    void test_skew_indexPutsRicherThanCalls() {
        for (LocalDate day : DAYS) {
            for (String symbol : List.of("NIFTY", "BANKNIFTY")) {
                OptionChain chain = chain(symbol, day, 20);
                OptionQuote put = nearestDelta(chain, Right.PUT, -0.25);
                OptionQuote call = nearestDelta(chain, Right.CALL, 0.25);
                assertThat(put.impliedVolatility().getAsDouble())
                        .as(symbol + " " + day)
                        .isGreaterThan(call.impliedVolatility().getAsDouble());
            }
        }
    }

    @Test
    void test_openInterest_peakedNearTheMoneyAndAtRoundStrikes() {
        for (LocalDate day : DAYS) {
            OptionChain chain = chain("NIFTY", day, 20);
            double atm = chain.atmStrike().getAsDouble();
            double step = chain.strikes().get(1) - chain.strikes().get(0);
            double total = 0;
            double near = 0;
            double round = 0;
            double other = 0;
            for (ChainRow row : chain.rows()) {
                double oi = row.call().orElseThrow().openInterest()
                        + row.put().orElseThrow().openInterest();
                long steps = Math.round(Math.abs(row.strike() - atm) / step);
                total += oi;
                near += steps <= 3 ? oi : 0;
                if (steps <= 8) {
                    if (Math.round(row.strike() / step) % 2 == 0) {
                        round += oi;
                    } else {
                        other += oi;
                    }
                }
            }
            assertThat(near / total).isGreaterThan(0.4);
            assertThat(round).isGreaterThan(1.3 * other);
        }
    }

    @Test
    void test_expiryDay_tradedOptionsExpiredLikeTheReplay() {
        LocalDate weekly = MARKET.expiries("NIFTY", JAN_2020).get(0).date();
        OptionChain chain = MARKET.optionChain("NIFTY", weekly, weekly);
        assertThat(chain.yearsToExpiry()).isZero();
        for (OptionQuote q : allQuotes(chain)) {
            assertThat(q.quality()).isIn(QuoteQuality.NO_IV, QuoteQuality.UNTRADED);
        }
    }

    @Test
    void test_quote_widerAwayFromTheMoneyAndNearExpiry() {
        double atm = spread(OptionActivity.quote(20, 0, 7, 1, TICK));
        double wing = spread(OptionActivity.quote(20, 3, 7, 1, TICK));
        double expiryDay = spread(OptionActivity.quote(20, 0, 0, 1, TICK));
        double stock = spread(
                OptionActivity.quote(20, 0, 7, io.optionsv4.core.costs.SpreadModel.DEFAULT.stockMultiple(), TICK));
        assertThat(wing).isGreaterThan(atm);
        assertThat(expiryDay).isGreaterThan(atm);
        assertThat(stock).isGreaterThan(atm);
    }

    private static double spread(BidAsk quote) {
        return quote.ask() - quote.bid();
    }

    private static void checkNoArbitrage(OptionChain chain) {
        double df = chain.discountFactor();
        double forward = chain.forward().orElseThrow().price();
        List<ChainRow> rows = chain.rows();
        for (int i = 0; i < rows.size(); i++) {
            double call = rows.get(i).call().orElseThrow().settle();
            double put = rows.get(i).put().orElseThrow().settle();
            double strike = rows.get(i).strike();
            assertThat(call - put).isCloseTo(df * (forward - strike), within(PARITY_TOLERANCE * forward));
            assertThat(call).isGreaterThanOrEqualTo(df * Math.max(forward - strike, 0) - ARBITRAGE_TOLERANCE);
            if (i > 0) {
                assertThat(call)
                        .isLessThanOrEqualTo(
                                rows.get(i - 1).call().orElseThrow().settle() + 1e-12);
                assertThat(put)
                        .isGreaterThanOrEqualTo(
                                rows.get(i - 1).put().orElseThrow().settle() - 1e-12);
            }
            if (i > 0 && i + 1 < rows.size()) {
                double butterfly = rows.get(i - 1).call().orElseThrow().settle()
                        - 2 * call
                        + rows.get(i + 1).call().orElseThrow().settle();
                assertThat(butterfly)
                        .as(chain.underlying() + " " + strike)
                        .isGreaterThanOrEqualTo(-ARBITRAGE_TOLERANCE * forward);
            }
        }
    }

    private static OptionQuote nearestDelta(OptionChain chain, Right right, double delta) {
        return chain.quotes(right).stream()
                .filter(q -> q.quality() == QuoteQuality.OK)
                .min((a, b) -> Double.compare(
                        Math.abs(a.greeks().orElseThrow().delta() - delta),
                        Math.abs(b.greeks().orElseThrow().delta() - delta)))
                .orElseThrow();
    }

    private static List<OptionQuote> allQuotes(OptionChain chain) {
        return java.util.stream.Stream.concat(chain.quotes(Right.CALL).stream(), chain.quotes(Right.PUT).stream())
                .toList();
    }

    private static boolean onTick(double price) {
        return Math.abs(price / TICK - Math.rint(price / TICK)) < 1e-6;
    }
}
