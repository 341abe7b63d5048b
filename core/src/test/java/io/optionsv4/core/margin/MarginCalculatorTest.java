package io.optionsv4.core.margin;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The local SPAN-like margin: hedge benefits, monotonicity in the scan range, the worked examples of
 * {@code docs/margin.md}, and properties over random baskets.
 */
class MarginCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 5, 26);
    private static final double SPOT = 24_000;
    private static final double VOL = 0.15;
    private static final double RATE = 0.065;
    private static final int LOT = 75;
    private static final MarginMarket NIFTY = new MarginMarket(UnderlyingKind.INDEX, SPOT, VOL, RATE, 0, EXPIRY);

    private final MarginCalculator calc = MarginCalculator.NSE;

    /** A leg of {@code qty} units priced at its Black–Scholes–Merton value on {@link #AS_OF}. */
    private static OptionLeg leg(Right right, double strike, int qty) {
        double years = TimeToExpiry.years(AS_OF, EXPIRY);
        return OptionLeg.of(right, strike, qty, BlackScholesMerton.price(right, SPOT, strike, years, VOL, RATE, 0));
    }

    private MarginRequirement margin(Leg... legs) {
        return calc.margin(MarginBasket.of(List.of(legs), VOL), NIFTY, AS_OF);
    }

    private static Money blocked(MarginRequirement m) {
        return m.span().plus(m.exposure());
    }

    @Test
    void test_margin_longOption_isThePremiumOnly() {
        OptionLeg call = leg(CALL, 24_000, LOT);
        MarginRequirement m = margin(call);
        assertThat(m.span()).isEqualTo(Money.ZERO);
        assertThat(m.exposure()).isEqualTo(Money.ZERO);
        assertThat(m.premiumRequired().rupees())
                .isCloseTo(LOT * call.premiumPerUnit(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(m.capitalRequired()).isEqualTo(m.premiumRequired());
        assertThat(m.total()).isEqualTo(m.premiumRequired());
    }

    @Test
    void test_margin_creditSpread_belowItsNakedShortLeg() {
        MarginRequirement naked = margin(leg(PUT, 23_500, -LOT));
        MarginRequirement spread = margin(leg(PUT, 23_500, -LOT), leg(PUT, 23_300, LOT));
        assertThat(blocked(spread)).isLessThan(blocked(naked));
        assertThat(spread.capitalRequired()).isLessThan(naked.capitalRequired());
        // the spread cannot lose more than its width (200 x 75) in any scenario
        assertThat(spread.scanRisk().rupees()).isLessThanOrEqualTo(200.0 * LOT);
    }

    @Test
    void test_margin_ironCondor_belowTheSumOfItsSidesAndFarBelowNakedShorts() {
        OptionLeg longPut = leg(PUT, 23_300, LOT);
        OptionLeg shortPut = leg(PUT, 23_500, -LOT);
        OptionLeg shortCall = leg(CALL, 24_500, -LOT);
        OptionLeg longCall = leg(CALL, 24_700, LOT);
        MarginRequirement condor = margin(longPut, shortPut, shortCall, longCall);
        MarginRequirement putSide = margin(longPut, shortPut);
        MarginRequirement callSide = margin(shortCall, longCall);
        assertThat(condor.scanRisk()).isLessThan(putSide.scanRisk().plus(callSide.scanRisk()));
        assertThat(condor.capitalRequired())
                .isLessThan(putSide.capitalRequired().plus(callSide.capitalRequired()));
        Money nakedShorts = blocked(margin(shortPut)).plus(blocked(margin(shortCall)));
        assertThat(blocked(condor).paise() * 2).isLessThan(nakedShorts.paise());
    }

    @Test
    void test_margin_shortStraddle_aboveEitherShortLegAlone() {
        OptionLeg call = leg(CALL, 24_000, -LOT);
        OptionLeg put = leg(PUT, 24_000, -LOT);
        MarginRequirement straddle = margin(call, put);
        assertThat(straddle.capitalRequired()).isGreaterThan(margin(call).capitalRequired());
        assertThat(straddle.capitalRequired()).isGreaterThan(margin(put).capitalRequired());
    }

    @Test
    void test_margin_monotoneInTheScanRange() {
        List<Leg> strangle = List.of(leg(PUT, 23_000, -LOT), leg(CALL, 25_000, -LOT));
        List<Leg> condor =
                List.of(leg(PUT, 23_300, LOT), leg(PUT, 23_500, -LOT), leg(CALL, 24_500, -LOT), leg(CALL, 24_700, LOT));
        for (List<Leg> legs : List.of(strangle, condor)) {
            Money previous = Money.ZERO;
            for (double sigmas = 1; sigmas <= 12; sigmas += 0.5) {
                MarginCalculator c = new MarginCalculator(
                        MarginParameters.NSE.withMinimumScans(0, 0).withScanSigmas(sigmas));
                Money span = c.margin(MarginBasket.of(legs, VOL), NIFTY, AS_OF).span();
                assertThat(span).isGreaterThanOrEqualTo(previous);
                previous = span;
            }
            assertThat(previous).isGreaterThan(Money.ZERO);
        }
    }

    /**
     * docs/margin.md, example 1: short 75 NIFTY 24000 CE on its expiry day, spot 24,000, vol 15 %, premium 0. PSR =
     * max(6 × 0.15/√252 × √2 = 8.02 %, 9.3 %) = 9.3 % = ₹2,232. Worst scenario +1 range: the call is worth 2,232, loss
     * 2,232 × 75 = ₹1,67,400 (the extreme +4,464 counts 0.35 × 4,364 × 75 = ₹1,14,555). SPAN ₹1,67,400; exposure (2 %
     * + 2 % expiry day) × 24,000 × 75 = ₹72,000; total ₹2,39,400.
     */
    @Test
    void test_margin_workedExample_nakedCallOnExpiryDay() {
        MarginMarket expiryDay = new MarginMarket(UnderlyingKind.INDEX, SPOT, VOL, RATE, 0, AS_OF);
        MarginRequirement m =
                calc.margin(MarginBasket.of(List.of(OptionLeg.of(CALL, 24_000, -LOT, 0)), VOL), expiryDay, AS_OF);
        assertThat(m.scanRisk()).isEqualTo(Money.ofWholeRupees(167_400));
        assertThat(m.span()).isEqualTo(Money.ofWholeRupees(167_400));
        assertThat(m.exposure()).isEqualTo(Money.ofWholeRupees(72_000));
        assertThat(m.total()).isEqualTo(Money.ofWholeRupees(239_400));
    }

    /**
     * docs/margin.md, example 2: iron condor 23700/23900 PE, 24100/24300 CE, 75 each, expiry day, spot 24,000,
     * premiums 0. Worst scenario: ±1/3 range (±744) already puts one short leg 644 and its wing 444 in the money, loss
     * 200 × 75 = ₹15,000. SPAN ₹15,000; exposure 4 % × 24,000 × 150 = ₹1,44,000; total ₹1,59,000. The naked short
     * 24100 CE alone: (26,232 − 24,100) × 75 = ₹1,59,900 + ₹72,000 = ₹2,31,900, and the 23900 PE the same: the condor
     * needs ₹1,59,000 against ₹4,63,800 for its two short legs naked. With the older 3 % short option minimum, SPAN
     * would be 3 % × 24,000 × 150 = ₹1,08,000.
     */
    @Test
    void test_margin_workedExample_ironCondorOnExpiryDay() {
        MarginMarket expiryDay = new MarginMarket(UnderlyingKind.INDEX, SPOT, VOL, RATE, 0, AS_OF);
        List<Leg> condor = List.of(
                OptionLeg.of(PUT, 23_700, LOT, 0),
                OptionLeg.of(PUT, 23_900, -LOT, 0),
                OptionLeg.of(CALL, 24_100, -LOT, 0),
                OptionLeg.of(CALL, 24_300, LOT, 0));
        MarginRequirement m = calc.margin(MarginBasket.of(condor, VOL), expiryDay, AS_OF);
        assertThat(m.span()).isEqualTo(Money.ofWholeRupees(15_000));
        assertThat(m.total()).isEqualTo(Money.ofWholeRupees(159_000));
        MarginRequirement nakedCall = calc.margin(MarginBasket.of(List.of(condor.get(2)), VOL), expiryDay, AS_OF);
        MarginRequirement nakedPut = calc.margin(MarginBasket.of(List.of(condor.get(1)), VOL), expiryDay, AS_OF);
        assertThat(nakedCall.total()).isEqualTo(Money.ofWholeRupees(231_900));
        assertThat(nakedPut.total()).isEqualTo(Money.ofWholeRupees(231_900));
        MarginRequirement older = new MarginCalculator(MarginParameters.WITH_SHORT_OPTION_MINIMUM)
                .margin(MarginBasket.of(condor, VOL), expiryDay, AS_OF);
        assertThat(older.span()).isEqualTo(Money.ofWholeRupees(108_000));
    }

    @Test
    void test_capital_coveredCall_isAtLeastTheStockValue() {
        MarginMarket stock = new MarginMarket(UnderlyingKind.STOCK, 1_300, 0.25, RATE, 0, EXPIRY);
        List<Leg> coveredCall = List.of(UnderlyingLeg.of(500, 1_300), OptionLeg.of(CALL, 1_360, -500, 12.0));
        MarginRequirement m = calc.margin(MarginBasket.of(coveredCall, 0.25), stock, AS_OF);
        assertThat(m.capitalRequired()).isEqualTo(Money.ofWholeRupees(650_000));
    }

    @Test
    void test_capital_cashSecuredPut_onStockIsStrikeTimesUnits_notOnIndex() {
        MarginMarket stock = new MarginMarket(UnderlyingKind.STOCK, 1_300, 0.25, RATE, 0, EXPIRY);
        List<Leg> put = List.of(OptionLeg.of(PUT, 1_250, -500, 15.0));
        assertThat(calc.margin(MarginBasket.of(put, 0.25), stock, AS_OF).capitalRequired())
                .isEqualTo(Money.ofWholeRupees(625_000));
        MarginRequirement index = margin(leg(PUT, 23_500, -LOT));
        assertThat(index.capitalRequired()).isLessThan(Money.ofWholeRupees(23_500L * LOT));
    }

    @Test
    void test_margin_afterExpiry_rejected() {
        assertThatThrownBy(() ->
                        calc.margin(MarginBasket.of(List.of(leg(CALL, 24_000, -LOT)), VOL), NIFTY, EXPIRY.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(EXPIRY.plusDays(1).toString());
    }

    @Property(tries = 300)
    void test_margin_addingALongOptionNeverIncreasesSpanPlusExposure(
            @ForAll("baskets") List<Leg> basket, @ForAll("longs") OptionLeg hedge) {
        MarginRequirement before = calc.margin(MarginBasket.of(basket, VOL), NIFTY, AS_OF);
        List<Leg> hedged = new ArrayList<>(basket);
        hedged.add(hedge);
        MarginRequirement after = calc.margin(MarginBasket.of(hedged, VOL), NIFTY, AS_OF);
        // one paisa for the final rounding of each of the two figures
        assertThat(blocked(after).paise()).isLessThanOrEqualTo(blocked(before).paise() + 2);
        assertThat(after.capitalRequired().paise()).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<List<Leg>> baskets() {
        return option(Arbitraries.integers().between(-3, 3).filter(l -> l != 0))
                .map(Leg.class::cast)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<OptionLeg> longs() {
        return option(Arbitraries.integers().between(1, 3));
    }

    private static Arbitrary<OptionLeg> option(Arbitrary<Integer> lots) {
        return Combinators.combine(
                        Arbitraries.of(CALL, PUT), Arbitraries.integers().between(200, 280), lots)
                .as((right, strikeHundreds, l) -> leg(right, strikeHundreds * 100.0, l * LOT));
    }
}
