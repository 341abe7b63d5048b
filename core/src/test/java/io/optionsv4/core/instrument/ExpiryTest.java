package io.optionsv4.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    @Test
    void test_contractMonth_monthOfExpiryDate() {
        Expiry march2026 = new Expiry(LocalDate.of(2026, 3, 30), ExpiryKind.MONTHLY, false);
        assertThat(march2026.contractMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(march2026.confirmed()).isFalse();
    }

    @Test
    void test_new_rejectsMissingDate() {
        assertThatThrownBy(() -> new Expiry(null, ExpiryKind.WEEKLY, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }
}
