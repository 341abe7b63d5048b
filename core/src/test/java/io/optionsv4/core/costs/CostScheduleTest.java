package io.optionsv4.core.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.money.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled rate table: lookup by effective date, and the strict parser's errors with file:line and field. */
class CostScheduleTest {

    private static final String HEADER = RateTableParser.HEADER + "\n";
    private final CostSchedule nse = CostSchedule.nse();

    @Test
    void test_ratesOn_dayBeforeAndDayOfTheOctober2024Change() {
        ChargeRates before = nse.ratesOn(LocalDate.of(2024, 9, 30));
        ChargeRates on = nse.ratesOn(LocalDate.of(2024, 10, 1));
        assertThat(before.sttSellPremium()).isEqualTo(Rate.ofPercent("0.0625"));
        assertThat(on.sttSellPremium()).isEqualTo(Rate.ofPercent("0.1"));
        assertThat(before.exchangeTransaction()).isEqualTo(Rate.ofPercent("0.05"));
        assertThat(on.exchangeTransaction()).isEqualTo(Rate.ofPercent("0.03503"));
        assertThat(on.sttExercise()).isEqualTo(Rate.ofPercent("0.125"));
    }

    @Test
    void test_ratesOn_dayBeforeAndDayOfTheBudget2026Change() {
        assertThat(nse.ratesOn(LocalDate.of(2026, 3, 31)).sttSellPremium()).isEqualTo(Rate.ofPercent("0.1"));
        ChargeRates on = nse.ratesOn(LocalDate.of(2026, 4, 1));
        assertThat(on.sttSellPremium()).isEqualTo(Rate.ofPercent("0.15"));
        assertThat(on.sttExercise()).isEqualTo(Rate.ofPercent("0.15"));
    }

    @Test
    void test_ratesOn_stampDutyAndSebiFeeOf2020() {
        assertThat(nse.ratesOn(LocalDate.of(2020, 6, 30)).stampDutyBuy()).isEqualTo(Rate.ofPercent("0.002"));
        assertThat(nse.ratesOn(LocalDate.of(2020, 7, 1)).stampDutyBuy()).isEqualTo(Rate.ofPercent("0.003"));
        assertThat(nse.ratesOn(LocalDate.of(2020, 5, 29)).sebiTurnover()).isEqualTo(Rate.parse("10", 7));
        assertThat(nse.ratesOn(LocalDate.of(2020, 6, 1)).sebiTurnover()).isEqualTo(Rate.parse("5", 7));
        assertThat(nse.ratesOn(LocalDate.of(2021, 4, 1)).sebiTurnover()).isEqualTo(Rate.parse("10", 7));
    }

    @Test
    void test_ratesOn_beforeTheTable_namesDateTableAndComponent() {
        assertThatThrownBy(() -> nse.ratesOn(LocalDate.of(2008, 5, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2008-05-30")
                .hasMessageContaining(CostSchedule.RESOURCE)
                .hasMessageContaining("stt_sell_premium")
                .hasMessageContaining("the earliest is from 2008-06-01");
        assertThat(nse.covers(LocalDate.of(2008, 5, 30))).isFalse();
        assertThat(nse.covers(LocalDate.of(2008, 6, 1))).isTrue();
    }

    /** 2010-06-10: Finance Act 2008 STT, service tax 10.3 % (Notification 8/2009-ST), SEBI ₹20/crore, no IPFT line. */
    @Test
    void test_ratesOn_2010() {
        ChargeRates r = nse.ratesOn(LocalDate.of(2010, 6, 10));
        assertThat(r.sttSellPremium()).isEqualTo(Rate.ofPercent("0.017"));
        assertThat(r.sttExercise()).isEqualTo(Rate.ZERO);
        assertThat(r.sttExerciseSettlement()).isEqualTo(Rate.ofPercent("0.125"));
        assertThat(r.exchangeTransaction()).isEqualTo(Rate.ofPercent("0.05"));
        assertThat(r.sebiTurnover()).isEqualTo(Rate.parse("20", 7));
        assertThat(r.stampDutyBuy()).isEqualTo(Rate.ofPercent("0.002"));
        assertThat(r.ipft()).isEqualTo(Rate.ZERO);
        assertThat(r.gst()).isEqualTo(Rate.ofPercent("10.3"));
    }

    @Test
    void test_ratesOn_serviceTaxHistoryUpToGst() {
        assertThat(nse.ratesOn(LocalDate.of(2009, 2, 23)).gst()).isEqualTo(Rate.ofPercent("12.36"));
        assertThat(nse.ratesOn(LocalDate.of(2009, 2, 24)).gst()).isEqualTo(Rate.ofPercent("10.3"));
        assertThat(nse.ratesOn(LocalDate.of(2012, 4, 1)).gst()).isEqualTo(Rate.ofPercent("12.36"));
        assertThat(nse.ratesOn(LocalDate.of(2015, 6, 1)).gst()).isEqualTo(Rate.ofPercent("14"));
        assertThat(nse.ratesOn(LocalDate.of(2015, 11, 15)).gst()).isEqualTo(Rate.ofPercent("14.5"));
        assertThat(nse.ratesOn(LocalDate.of(2016, 6, 1)).gst()).isEqualTo(Rate.ofPercent("15"));
        assertThat(nse.ratesOn(LocalDate.of(2017, 6, 30)).gst()).isEqualTo(Rate.ofPercent("15"));
        assertThat(nse.ratesOn(LocalDate.of(2017, 7, 1)).gst()).isEqualTo(Rate.ofPercent("18"));
    }

    @Test
    void test_ratesOn_dayBeforeAndDayOfTheJune2016SttChange() {
        assertThat(nse.ratesOn(LocalDate.of(2016, 5, 31)).sttSellPremium()).isEqualTo(Rate.ofPercent("0.017"));
        assertThat(nse.ratesOn(LocalDate.of(2016, 6, 1)).sttSellPremium()).isEqualTo(Rate.ofPercent("0.05"));
    }

    /** The exercise STT's base moves from the settlement value to the intrinsic value on 2019-09-01. */
    @Test
    void test_ratesOn_exerciseBaseChangesOn20190901() {
        ChargeRates before = nse.ratesOn(LocalDate.of(2019, 8, 31));
        ChargeRates on = nse.ratesOn(LocalDate.of(2019, 9, 1));
        assertThat(before.sttExerciseSettlement()).isEqualTo(Rate.ofPercent("0.125"));
        assertThat(before.sttExercise()).isEqualTo(Rate.ZERO);
        assertThat(on.sttExerciseSettlement()).isEqualTo(Rate.ZERO);
        assertThat(on.sttExercise()).isEqualTo(Rate.ofPercent("0.125"));
    }

    @Test
    void test_ratesOn_sebiFeeAndIpftHistory() {
        assertThat(nse.ratesOn(LocalDate.of(2017, 3, 31)).sebiTurnover()).isEqualTo(Rate.parse("20", 7));
        assertThat(nse.ratesOn(LocalDate.of(2017, 4, 1)).sebiTurnover()).isEqualTo(Rate.parse("15", 7));
        assertThat(nse.ratesOn(LocalDate.of(2019, 4, 1)).sebiTurnover()).isEqualTo(Rate.parse("10", 7));
        assertThat(nse.ratesOn(LocalDate.of(2011, 8, 11)).ipft()).isEqualTo(Rate.ZERO);
        assertThat(nse.ratesOn(LocalDate.of(2011, 8, 12)).ipft()).isEqualTo(Rate.parse("0.01", 7));
    }

    @Test
    void test_rows_assumptionsAreLabelled() {
        assertThat(nse.rowOn(ChargeComponent.STAMP_DUTY_BUY, LocalDate.of(2010, 6, 10))
                        .source())
                .startsWith("ASSUMPTION");
        assertThat(nse.rowOn(ChargeComponent.IPFT, LocalDate.of(2010, 6, 10)).source())
                .startsWith("ASSUMPTION");
        assertThat(nse.rowOn(ChargeComponent.SEBI_TURNOVER, LocalDate.of(2018, 1, 2))
                        .source())
                .contains("ASSUMPTION");
        assertThat(nse.rowOn(ChargeComponent.STT_EXERCISE_SETTLEMENT, LocalDate.of(2010, 6, 24))
                        .source())
                .contains("Finance Act 2008");
    }

    @Test
    void test_rows_everyRowHasASource() {
        assertThat(nse.rows())
                .hasSizeGreaterThan(15)
                .allSatisfy(r -> assertThat(r.source()).hasSizeGreaterThan(20));
        assertThat(nse.rowOn(ChargeComponent.STT_SELL_PREMIUM, LocalDate.of(2026, 11, 20))
                        .source())
                .contains("Budget 2026");
    }

    @Test
    void test_parse_sourceMayContainCommas() {
        CostSchedule s = CostSchedule.parse("t.csv", HEADER + "gst,2017-07-01,18,percent,a, b, c\n");
        assertThat(s.rows().get(0).source()).isEqualTo("a, b, c");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "stt_sell_premium,2024-10-01,0x1p-3,percent,src | t.csv:3: field value",
                "stt_sell_premium,2024-10-01,NaN,percent,src | t.csv:3: field value",
                "stt_sell_premium,2024-10-01,-0.1,percent,src | t.csv:3: field value",
                "stt_sell_premium,2024-13-01,0.1,percent,src | t.csv:3: field effective_from",
                "stt_on_everything,2024-10-01,0.1,percent,src | t.csv:3: field component",
                "stt_sell_premium,2024-10-01,0.1,basis_points,src | t.csv:3: field unit",
                "stt_sell_premium,2024-10-01,0.1,percent,   | t.csv:3: field source",
                "stt_sell_premium,2024-10-01,0.1 | t.csv:3: expected 5 fields"
            })
    void test_parse_badRow_namesFileLineAndField(String row, String expected) {
        String text = HEADER + "# comment\n" + row + "\n";
        assertThatThrownBy(() -> CostSchedule.parse("t.csv", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void test_parse_duplicateAndMissingHeader_rejected() {
        String dup = HEADER + "gst,2017-07-01,18,percent,a\ngst,2017-07-01,18,percent,b\n";
        assertThatThrownBy(() -> CostSchedule.parse("d.csv", dup))
                .hasMessageStartingWith("d.csv:3: field effective_from");
        assertThatThrownBy(() -> CostSchedule.parse("h.csv", "gst,2017-07-01,18,percent,a\n"))
                .hasMessageStartingWith("h.csv:1: the header");
    }
}
