package io.optionsv4.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LotSizeTest {

    private static final LotSize NIFTY_2026 = new LotSize(65, YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    @Test
    void test_toUnits_keepsSignOfLots() {
        assertThat(NIFTY_2026.toUnits(3)).isEqualTo(195);
        assertThat(NIFTY_2026.toUnits(-2)).isEqualTo(-130);
        assertThat(NIFTY_2026.toUnits(0)).isZero();
    }

    @Test
    void test_appliesTo_insideAndOutsideMonthRange() {
        assertThat(NIFTY_2026.appliesTo(YearMonth.of(2026, 1))).isTrue();
        assertThat(NIFTY_2026.appliesTo(YearMonth.of(2026, 3))).isTrue();
        assertThat(NIFTY_2026.appliesTo(YearMonth.of(2025, 12))).isFalse();
        assertThat(NIFTY_2026.appliesTo(YearMonth.of(2026, 4))).isFalse();
    }

    @Test
    void test_of_singleMonth() {
        LotSize lot = LotSize.of(500, YearMonth.of(2020, 1));
        assertThat(lot.firstContractMonth()).isEqualTo(lot.lastContractMonth());
    }

    @Test
    void test_new_rejectsNonPositiveLotAndReversedMonths() {
        assertThatThrownBy(() -> LotSize.of(0, YearMonth.of(2020, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unitsPerLot");
        assertThatThrownBy(() -> new LotSize(75, YearMonth.of(2020, 3), YearMonth.of(2020, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-01");
    }
}
