package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** File names of each form and the trade dates in them. */
class NseFileKindTest {

    @Test
    void test_of_everyForm() {
        assertThat(NseFileKind.of("fo01JAN2020bhav.csv")).contains(NseFileKind.FO_OLD);
        assertThat(NseFileKind.of("BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv")).contains(NseFileKind.FO_UDIFF);
        assertThat(NseFileKind.of("cm01JAN2020bhav.csv")).contains(NseFileKind.CASH_OLD);
        assertThat(NseFileKind.of("sec_bhavdata_full_01012026.csv")).contains(NseFileKind.CASH_FULL);
        assertThat(NseFileKind.of("nifty50.csv")).contains(NseFileKind.NIFTY_HISTORY);
        assertThat(NseFileKind.of("indiavix.csv")).contains(NseFileKind.VIX_HISTORY);
        assertThat(NseFileKind.of("fo_mktlots.csv")).isEmpty();
        assertThat(NseFileKind.of("fo01JAN2020bhav.csv.zip")).isEmpty();
    }

    @Test
    void test_dateOf_dailyFilesOnly() {
        assertThat(NseFileKind.FO_OLD.dateOf("fo03jan2020bhav.csv")).contains(LocalDate.of(2020, 1, 3));
        assertThat(NseFileKind.CASH_FULL.dateOf("sec_bhavdata_full_01012026.csv"))
                .contains(LocalDate.of(2026, 1, 1));
        assertThat(NseFileKind.FO_UDIFF.dateOf("BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv"))
                .contains(LocalDate.of(2026, 1, 1));
        assertThat(NseFileKind.NIFTY_HISTORY.dateOf("nifty50.csv")).isEmpty();
        assertThat(NseFileKind.NIFTY_HISTORY.isDaily()).isFalse();
    }
}
