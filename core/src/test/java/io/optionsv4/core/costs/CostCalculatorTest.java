package io.optionsv4.core.costs;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.instrument.Side.BUY;
import static io.optionsv4.core.instrument.Side.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.money.Rate;
import io.optionsv4.core.probability.OptionLeg;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cost stack against hand-worked contract notes, to the paisa, with the bundled rates and Dhan's ₹20 per order.
 *
 * <p>Rates used below. 2026-05-04: STT 0.15 % sell premium and 0.15 % exercise, NSE 0.03503 %, SEBI ₹10/crore =
 * 0.0001 %, stamp 0.003 %, IPFT ₹50/crore = 0.0005 %, GST 18 %. 2025-01-30: as 2026 but STT 0.1 % and exercise
 * 0.125 %. 2020-01-03: STT 0.05 %, NSE 0.05 %, SEBI ₹10/crore, stamp 0.002 % (Maharashtra, assumed), IPFT ₹0.01/crore,
 * GST 18 %. 2020-08-03: as 2020-01-03 but SEBI ₹5/crore (COVID relief) and stamp 0.003 %. Per order each component is
 * rounded half up to the paisa; on the note STT and stamp duty are rounded half up to the rupee.
 */
class CostCalculatorTest {

    private final CostCalculator calc = CostCalculator.nseDhan();

    private static Money rs(String rupees) {
        return Money.ofPaise(new java.math.BigDecimal(rupees).movePointRight(2).longValueExact());
    }

    private static Charges charges(
            String brokerage, String stt, String exch, String sebi, String stamp, String ipft, String gst) {
        return new Charges(rs(brokerage), rs(stt), rs(exch), rs(sebi), rs(stamp), rs(ipft), rs(gst));
    }

    private ContractNote note(LocalDate date, OptionOrder... orders) {
        return calc.contractNote(date, List.of(orders), List.of());
    }

    /**
     * 1. Index sell, 2026 rates: sell 75 NIFTY at ₹120.50, turnover ₹9,037.50. Brokerage 20.00; NSE 9,037.50 ×
     * 0.0003503 = 3.16583625 → 3.17; SEBI 9,037.50 × 0.000001 = 0.0090375 → 0.01; IPFT × 0.000005 = 0.0451875 →
     * 0.05; GST 0.18 × (20 + 3.17 + 0.01 + 0.05 = 23.23) = 4.1814 → 4.18; STT 9,037.50 × 0.0015 = 13.55625 → 13.56 per
     * order, ₹14 on the note; stamp 0 (sell). Note total 20 + 14 + 3.17 + 0.01 + 0.05 + 4.18 = ₹41.41.
     */
    @Test
    void test_contractNote_indexSell2026() {
        OptionOrder o = new OptionOrder(LocalDate.of(2026, 5, 4), SELL, 120.50, 75);
        assertThat(calc.order(o)).isEqualTo(charges("20", "13.56", "3.17", "0.01", "0", "0.05", "4.18"));
        ContractNote n = note(o.tradeDate(), o);
        assertThat(n.charges()).isEqualTo(charges("20", "14", "3.17", "0.01", "0", "0.05", "4.18"));
        assertThat(n.total()).isEqualTo(rs("41.41"));
        assertThat(n.sellPremium()).isEqualTo(rs("9037.50"));
    }

    /**
     * 2. Stock buy, 2026 rates: buy 500 RELIANCE at ₹32.35, turnover ₹16,175.00. NSE × 0.0003503 = 5.6661025 → 5.67;
     * SEBI 0.016175 → 0.02; IPFT 0.080875 → 0.08; GST 0.18 × 25.77 = 4.6386 → 4.64; stamp × 0.00003 = 0.48525 → 0.49
     * per order, ₹0 on the note (0.49 rounds down to the rupee); STT 0 (buy). Note total ₹30.41.
     */
    @Test
    void test_contractNote_stockBuy2026_stampRoundsToZeroRupees() {
        OptionOrder o = new OptionOrder(LocalDate.of(2026, 5, 4), BUY, 32.35, 500);
        assertThat(calc.order(o)).isEqualTo(charges("20", "0", "5.67", "0.02", "0.49", "0.08", "4.64"));
        ContractNote n = note(o.tradeDate(), o);
        assertThat(n.charges()).isEqualTo(charges("20", "0", "5.67", "0.02", "0", "0.08", "4.64"));
        assertThat(n.total()).isEqualTo(rs("30.41"));
    }

    /**
     * 3. Index sell, 2020-01-03 (the replay day): sell 75 NIFTY at ₹95.25, turnover ₹7,143.75. NSE × 0.0005 =
     * 3.571875 → 3.57; SEBI × 0.000001 = 0.00714375 → 0.01; IPFT × 0.000000001 → 0.00; GST 0.18 × 23.58 = 4.2444 →
     * 4.24; STT × 0.0005 = 3.571875 → 3.57 → ₹4. Note total 20 + 4 + 3.57 + 0.01 + 4.24 = ₹31.82.
     */
    @Test
    void test_contractNote_indexSell2020() {
        ContractNote n = note(LocalDate.of(2020, 1, 3), new OptionOrder(LocalDate.of(2020, 1, 3), SELL, 95.25, 75));
        assertThat(n.charges()).isEqualTo(charges("20", "4", "3.57", "0.01", "0", "0", "4.24"));
        assertThat(n.total()).isEqualTo(rs("31.82"));
    }

    /**
     * 4. Stock buy, 2020-08-03: buy 1,200 INFY at ₹14.05, turnover ₹16,860.00. NSE × 0.0005 = 8.43; SEBI ₹5/crore
     * × 16,860 = 0.00843 → 0.01; IPFT → 0.00; GST 0.18 × 28.44 = 5.1192 → 5.12; stamp × 0.00003 = 0.5058 → 0.51 → ₹1.
     * Note total 20 + 8.43 + 0.01 + 1 + 5.12 = ₹34.56.
     */
    @Test
    void test_contractNote_stockBuy2020() {
        ContractNote n = note(LocalDate.of(2020, 8, 3), new OptionOrder(LocalDate.of(2020, 8, 3), BUY, 14.05, 1200));
        assertThat(n.charges()).isEqualTo(charges("20", "0", "8.43", "0.01", "1", "0", "5.12"));
        assertThat(n.total()).isEqualTo(rs("34.56"));
    }

    /**
     * 5. Exercise at expiry, 2026 rates: long 75 NIFTY 24000 CE, settlement 24,130.55: intrinsic 130.55 × 75 =
     * ₹9,791.25; STT 0.0015 × 9,791.25 = 14.686875 → 14.69 → ₹15. Nothing else. A long 24200 CE expiring worthless
     * on the same note adds nothing.
     */
    @Test
    void test_contractNote_indexExerciseAtExpiry2026() {
        LocalDate expiry = LocalDate.of(2026, 5, 26);
        ContractNote n = calc.contractNote(
                expiry,
                List.of(),
                List.of(new Exercise(CALL, 24_000, 75, 24_130.55), new Exercise(CALL, 24_200, 75, 24_130.55)));
        assertThat(n.exercisedValue()).isEqualTo(rs("9791.25"));
        assertThat(n.charges()).isEqualTo(charges("0", "15", "0", "0", "0", "0", "0"));
    }

    /**
     * 6. Stock put exercised, 2025-01-30 rates (exercise 0.125 %): long 500 RELIANCE 1300 PE, settlement 1,271.35:
     * intrinsic 28.65 × 500 = ₹14,325.00; STT 0.00125 × 14,325 = 17.90625 → 17.91 → ₹18.
     */
    @Test
    void test_contractNote_stockPutExercise2025() {
        ContractNote n = calc.contractNote(
                LocalDate.of(2025, 1, 30), List.of(), List.of(new Exercise(PUT, 1_300, 500, 1_271.35)));
        assertThat(n.total()).isEqualTo(rs("18"));
    }

    /**
     * 7. Two small sells on one note, 2025 rates: 75 at ₹5.30 (₹397.50) and 75 at ₹5.35 (₹401.25). Per order STT
     * 0.3975 → 0.40 and 0.40125 → 0.40; the note's STT is on the day's sell premium 798.75 × 0.001 = 0.79875 → 0.80 →
     * ₹1. NSE 0.13924425 → 0.14 and 0.140557875 → 0.14; SEBI and IPFT round to 0.00; GST 0.18 × 20.14 = 3.6252 → 3.63
     * each. Note total 40 + 1 + 0.28 + 7.26 = ₹48.54.
     */
    @Test
    void test_contractNote_sttOnTheDaysTotal() {
        LocalDate d = LocalDate.of(2025, 1, 30);
        ContractNote n = note(d, new OptionOrder(d, SELL, 5.30, 75), new OptionOrder(d, SELL, 5.35, 75));
        assertThat(n.charges()).isEqualTo(charges("40", "1", "0.28", "0", "0", "0", "7.26"));
        assertThat(n.total()).isEqualTo(rs("48.54"));
        assertThat(n.executedOrders()).isEqualTo(2);
    }

    /**
     * 8. Index buy, 2020-01-03: buy 75 at ₹42.10, turnover ₹3,157.50. NSE 1.57875 → 1.58; SEBI 0.0031575 → 0.00; GST
     * 0.18 × 21.58 = 3.8844 → 3.88; stamp 0.00002 × 3,157.50 = 0.06315 → 0.06 → ₹0. Total ₹25.46.
     */
    @Test
    void test_contractNote_indexBuy2020() {
        ContractNote n = note(LocalDate.of(2020, 1, 3), new OptionOrder(LocalDate.of(2020, 1, 3), BUY, 42.10, 75));
        assertThat(n.total()).isEqualTo(rs("25.46"));
    }

    /**
     * Iron condor of 75 units, 2026 rates, entry 2026-05-04: sell 23500 PE at 60.00 and 24500 CE at 55.00, buy 23300 PE
     * at 30.00 and 24700 CE at 25.00. Settled at 24,000 (all four expire worthless): the settlement note is empty and
     * the round trip costs only the entry note. Closed at 5.00/4.00/1.00/1.00 instead: four more orders.
     */
    @Test
    void test_roundTrip_ironCondor_settledWorthlessCostsOnlyTheEntry() {
        List<OptionLeg> legs = List.of(
                OptionLeg.of(PUT, 23_300, 75, 30.00),
                OptionLeg.of(PUT, 23_500, -75, 60.00),
                OptionLeg.of(CALL, 24_500, -75, 55.00),
                OptionLeg.of(CALL, 24_700, 75, 25.00));
        LocalDate entry = LocalDate.of(2026, 5, 4);
        RoundTripCosts settled = calc.settledAt(legs, entry, LocalDate.of(2026, 5, 26), 24_000);
        assertThat(settled.exit().total()).isEqualTo(Money.ZERO);
        assertThat(settled.total()).isEqualTo(settled.entry().total());
        // Entry: sells 4,500 + 4,125 = 8,625 -> STT 12.9375 -> 12.94 -> 13; buys 2,250 + 1,875 = 4,125 -> stamp
        // 0.12375 -> 0.12 -> 0; brokerage 4 x 20 = 80.
        assertThat(settled.entry().charges().stt()).isEqualTo(rs("13"));
        assertThat(settled.entry().charges().brokerage()).isEqualTo(rs("80"));
        RoundTripCosts closed =
                calc.closedAt(legs, entry, LocalDate.of(2026, 5, 15), new double[] {1.00, 5.00, 4.00, 1.00});
        assertThat(closed.exit().executedOrders()).isEqualTo(4);
        assertThat(closed.exit().sellPremium()).isEqualTo(rs("150")); // the two long legs sold at 1.00
        assertThat(closed.total()).isGreaterThan(settled.total());
    }

    /** An in-the-money long leg at expiry pays exercise STT; the short leg assigned pays none. */
    @Test
    void test_roundTrip_bullCallSpreadSettledInTheMoney_exerciseSttOnTheLongLegOnly() {
        List<OptionLeg> legs = List.of(OptionLeg.of(CALL, 24_000, 75, 150.00), OptionLeg.of(CALL, 24_200, -75, 70.00));
        RoundTripCosts rt = calc.settledAt(legs, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 26), 24_300);
        // long 24000 CE intrinsic 300 x 75 = 22,500 -> STT 0.0015 x 22,500 = 33.75 -> 34
        assertThat(rt.exit().exercisedValue()).isEqualTo(rs("22500"));
        assertThat(rt.exit().charges().stt()).isEqualTo(rs("34"));
        assertThat(rt.settledAtExpiry()).isTrue();
    }

    /**
     * 9. One order filled in two parts at two prices (25 at ₹120.50 and 50 at ₹120.55 = ₹9,040.00) is one executed
     * order: brokerage ₹20 once, exchange charges on the exact turnover, 9,040 × 0.0003503 = 3.166712 → 3.17.
     */
    @Test
    void test_contractNoteOf_anOrderFilledInPartsIsOneOrder() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        Money turnover = rs("120.50").times(25).plus(rs("120.55").times(50));

        ContractNote n = calc.contractNoteOf(day, List.of(new OrderTurnover(day, SELL, turnover)), List.of());

        assertThat(turnover).isEqualTo(rs("9040.00"));
        assertThat(n.executedOrders()).isEqualTo(1);
        assertThat(n.charges().brokerage()).isEqualTo(rs("20"));
        assertThat(n.charges().exchange()).isEqualTo(rs("3.17"));
        assertThat(n.sellPremium()).isEqualTo(turnover);
        OptionOrder same = new OptionOrder(day, SELL, 120.5333333333, 75);
        assertThat(calc.contractNoteOf(day, List.of(new OrderTurnover(day, SELL, same.premiumTurnover())), List.of()))
                .isEqualTo(calc.contractNote(day, List.of(same), List.of()));
    }

    /**
     * 10. Sell and buy on one note, 2010-06-10. Rates: STT 0.017 % of sell premium (Finance Act 2008), NSE 0.05 %, SEBI
     * ₹20/crore = 0.000002, stamp 0.002 % (Maharashtra, assumed), no IPFT line, service tax 10.3 % in the GST slot.
     *
     * <p>Sell 50 NIFTY 5000 CE at ₹85.40: turnover 4,270.00. NSE 4,270 × 0.0005 = 2.135 → 2.14; SEBI 4,270 × 0.000002 =
     * 0.00854 → 0.01; IPFT 0; service tax 0.103 × (20 + 2.14 + 0.01 = 22.15) = 2.28145 → 2.28; STT 4,270 × 0.00017 =
     * 0.7259 → 0.73.
     *
     * <p>Buy 1,000 NIFTY 5100 CE at ₹42.65: turnover 42,650.00. NSE 21.325 → 21.33; SEBI 0.0853 → 0.09; service tax
     * 0.103 × (20 + 21.33 + 0.09 = 41.42) = 4.26626 → 4.27; stamp 42,650 × 0.00002 = 0.853 → 0.85.
     *
     * <p>Note: brokerage 40; STT 0.73 → ₹1; NSE 2.14 + 21.33 = 23.47; SEBI 0.01 + 0.09 = 0.10; stamp 0.85 → ₹1; IPFT 0;
     * tax 2.28 + 4.27 = 6.55. Total 40 + 1 + 23.47 + 0.10 + 1 + 6.55 = ₹72.12.
     */
    @Test
    void test_contractNote_sellAndBuy2010() {
        LocalDate d = LocalDate.of(2010, 6, 10);
        OptionOrder sell = new OptionOrder(d, SELL, 85.40, 50);
        OptionOrder buy = new OptionOrder(d, BUY, 42.65, 1_000);
        assertThat(calc.order(sell)).isEqualTo(charges("20", "0.73", "2.14", "0.01", "0", "0", "2.28"));
        assertThat(calc.order(buy)).isEqualTo(charges("20", "0", "21.33", "0.09", "0.85", "0", "4.27"));
        ContractNote n = note(d, sell, buy);
        assertThat(n.charges()).isEqualTo(charges("40", "1", "23.47", "0.10", "1", "0", "6.55"));
        assertThat(n.total()).isEqualTo(rs("72.12"));
    }

    /**
     * 11. Exercise at expiry, 2010-06-24 (settlement-value base, Finance Act 2008): long 50 NIFTY 5100 CE, settlement
     * 5,269.05. Intrinsic 169.05 × 50 = ₹8,452.50; settlement value 5,269.05 × 50 = ₹263,452.50; STT 0.00125 ×
     * 263,452.50 = 329.315625 → 329.32 → ₹329 (on the intrinsic value it would have been ₹11). A long 5400 CE out of
     * the money lapses and adds nothing.
     */
    @Test
    void test_contractNote_exercise2010_sttOnTheSettlementValue() {
        ContractNote n = calc.contractNote(
                LocalDate.of(2010, 6, 24),
                List.of(),
                List.of(new Exercise(CALL, 5_100, 50, 5_269.05), new Exercise(CALL, 5_400, 50, 5_269.05)));
        assertThat(n.exercisedValue()).isEqualTo(rs("8452.50"));
        assertThat(n.exercisedSettlementValue()).isEqualTo(rs("263452.50"));
        assertThat(n.charges()).isEqualTo(charges("0", "329", "0", "0", "0", "0", "0"));
    }

    /**
     * 12. Sell and buy on one note, 2016-08-11. Rates: STT 0.05 % (Finance Act 2016), NSE 0.05 %, SEBI ₹20/crore, stamp
     * 0.002 % (assumed), IPFT ₹0.01/crore, service tax 15 % (14 % + Swachh Bharat 0.5 % + Krishi Kalyan 0.5 %).
     *
     * <p>Sell 75 NIFTY 8600 PE at ₹64.35: turnover 4,826.25. NSE 2.413125 → 2.41; SEBI 0.0096525 → 0.01; IPFT
     * 0.0000048 → 0.00; tax 0.15 × 22.42 = 3.363 → 3.36; STT 4,826.25 × 0.0005 = 2.413125 → 2.41.
     *
     * <p>Buy 150 NIFTY 8500 PE at ₹31.10: turnover 4,665.00. NSE 2.3325 → 2.33; SEBI 0.00933 → 0.01; IPFT 0.00; tax
     * 0.15 × 22.34 = 3.351 → 3.35; stamp 0.0933 → 0.09.
     *
     * <p>Note: brokerage 40; STT 2.41 → ₹2; NSE 4.74; SEBI 0.02; stamp 0.09 → ₹0; IPFT 0; tax 6.71. Total 40 + 2 + 4.74
     * + 0.02 + 6.71 = ₹53.47.
     */
    @Test
    void test_contractNote_sellAndBuy2016() {
        LocalDate d = LocalDate.of(2016, 8, 11);
        OptionOrder sell = new OptionOrder(d, SELL, 64.35, 75);
        OptionOrder buy = new OptionOrder(d, BUY, 31.10, 150);
        assertThat(calc.order(sell)).isEqualTo(charges("20", "2.41", "2.41", "0.01", "0", "0", "3.36"));
        assertThat(calc.order(buy)).isEqualTo(charges("20", "0", "2.33", "0.01", "0.09", "0", "3.35"));
        ContractNote n = note(d, sell, buy);
        assertThat(n.charges()).isEqualTo(charges("40", "2", "4.74", "0.02", "0", "0", "6.71"));
        assertThat(n.total()).isEqualTo(rs("53.47"));
    }

    /**
     * 13. Exercise at expiry, 2016-08-25: long 75 NIFTY 8600 PE, settlement 8,592.15, barely in the money. Intrinsic
     * 7.85 × 75 = ₹588.75; settlement value 8,592.15 × 75 = ₹644,411.25; STT 0.00125 × 644,411.25 = 805.5140625 →
     * 805.51 → ₹806, the "STT trap" of the old base. The same put held to expiry through {@code settledAt} after its
     * entry on 2016-08-11 at ₹31.10 pays the same on its settlement note.
     */
    @Test
    void test_contractNote_exercise2016_sttOnTheSettlementValue() {
        LocalDate expiry = LocalDate.of(2016, 8, 25);
        ContractNote n = calc.contractNote(expiry, List.of(), List.of(new Exercise(PUT, 8_600, 75, 8_592.15)));
        assertThat(n.exercisedValue()).isEqualTo(rs("588.75"));
        assertThat(n.exercisedSettlementValue()).isEqualTo(rs("644411.25"));
        assertThat(n.total()).isEqualTo(rs("806"));
        RoundTripCosts rt = calc.settledAt(
                List.of(OptionLeg.of(PUT, 8_600, 75, 31.10)), LocalDate.of(2016, 8, 11), expiry, 8_592.15);
        assertThat(rt.exit().charges().stt()).isEqualTo(rs("806"));
    }

    /** From 2019-09-01 the same exercise pays on the intrinsic value only: 0.00125 × 588.75 = 0.7359375 → 0.74 → ₹1. */
    @Test
    void test_contractNote_exerciseAfterTheBaseChange_sttOnTheIntrinsicValue() {
        ContractNote n = calc.contractNote(
                LocalDate.of(2019, 9, 26), List.of(), List.of(new Exercise(PUT, 8_600, 75, 8_592.15)));
        assertThat(n.total()).isEqualTo(rs("1"));
    }

    @Test
    void test_brokerage_percentWithCap() {
        Brokerage b = Brokerage.percentWithCap(Rate.ofPercent("0.03"), Money.ofWholeRupees(20));
        assertThat(b.perOrder(rs("10000"))).isEqualTo(rs("3")); // 0.03% of 10,000
        assertThat(b.perOrder(rs("1000000"))).isEqualTo(rs("20")); // 300 capped at 20
        CostCalculator c = new CostCalculator(CostSchedule.nse(), b);
        assertThat(c.order(new OptionOrder(LocalDate.of(2026, 5, 4), BUY, 100, 100))
                        .brokerage())
                .isEqualTo(rs("3"));
    }

    @Test
    void test_contractNote_orderOfAnotherDay_rejected() {
        OptionOrder o = new OptionOrder(LocalDate.of(2026, 5, 5), BUY, 10, 75);
        assertThatThrownBy(() -> note(LocalDate.of(2026, 5, 4), o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-05-05");
    }

    @Test
    void test_order_dateBeforeTheTable_namesTheDate() {
        assertThatThrownBy(() -> calc.order(new OptionOrder(LocalDate.of(2008, 5, 30), BUY, 10, 75)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2008-05-30")
                .hasMessageContaining(CostSchedule.RESOURCE);
    }
}
