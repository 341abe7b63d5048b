package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.exit.TradingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MarketHoursTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 1, 6);
    private final MarketHours hours = new MarketHours(TradingDays.WEEKDAYS, false);

    private static Instant ist(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZoneId.of("Asia/Kolkata")).toInstant();
    }

    @Test
    void test_open_fromNineFifteenUntilHalfPastThree() {
        assertThat(hours.open(ist(TUESDAY, 9, 14))).isFalse();
        assertThat(hours.open(ist(TUESDAY, 9, 15))).isTrue();
        assertThat(hours.open(ist(TUESDAY, 15, 29))).isTrue();
        assertThat(hours.open(ist(TUESDAY, 15, 30))).isFalse();
        assertThat(hours.open(ist(TUESDAY.plusDays(4), 11, 0))).as("Saturday").isFalse();
        assertThat(new MarketHours(TradingDays.WEEKDAYS, true).open(ist(TUESDAY.plusDays(4), 23, 0)))
                .isTrue();
    }

    @Test
    void test_dayOver_atTheCloseOrTheNextDay() {
        Instant placed = ist(TUESDAY, 10, 0);

        assertThat(hours.dayOver(placed, ist(TUESDAY, 15, 29))).isFalse();
        assertThat(hours.dayOver(placed, ist(TUESDAY, 15, 30))).isTrue();
        MarketHours ignoring = new MarketHours(TradingDays.WEEKDAYS, true);
        assertThat(ignoring.dayOver(placed, ist(TUESDAY, 22, 0))).isFalse();
        assertThat(ignoring.dayOver(placed, ist(TUESDAY.plusDays(1), 0, 1))).isTrue();
    }

    @Test
    void test_expired_afterTheCloseOfTheExpiryDay() {
        assertThat(MarketHours.expired(TUESDAY, ist(TUESDAY, 15, 29))).isFalse();
        assertThat(MarketHours.expired(TUESDAY, ist(TUESDAY, 15, 30))).isTrue();
        assertThat(MarketHours.expired(TUESDAY, ist(TUESDAY.plusDays(1), 9, 0))).isTrue();
    }

    @Test
    void test_closedReason_saysWhy() {
        assertThat(hours.closedReason(ist(TUESDAY, 8, 0)))
                .contains("2026-01-06")
                .contains("outside the session");
        assertThat(hours.closedReason(ist(TUESDAY.plusDays(5), 10, 0)))
                .contains("SUNDAY")
                .contains("not a trading day");
    }
}
