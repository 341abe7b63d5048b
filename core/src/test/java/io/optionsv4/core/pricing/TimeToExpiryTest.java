package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The NSE time convention: expiry at 15:30 Asia/Kolkata, ACT/365 calendar time in exact seconds. */
class TimeToExpiryTest {

    private static final double SECONDS_PER_YEAR = 365.0 * 86_400;
    private static final LocalDate EXPIRY = LocalDate.of(2026, 11, 26);

    private static Instant ist(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ZoneId.of("Asia/Kolkata"))
                .toInstant();
    }

    @Test
    void test_expiryInstant_is1530IstWhichIs1000Utc() {
        assertThat(TimeToExpiry.expiryInstant(EXPIRY)).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(TimeToExpiry.ZONE).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(TimeToExpiry.DAYS_PER_YEAR).isEqualTo(365.0);
    }

    @Test
    void test_years_oneCalendarDayBeforeExpiry() {
        assertThat(TimeToExpiry.years(ist(2026, 11, 25, 15, 30), EXPIRY)).isEqualTo(1.0 / 365);
    }

    @Test
    void test_years_expiryDayMorningIsAFractionOfADay() {
        // 09:15 open to 15:30 close: 6 h 15 min = 22 500 s.
        assertThat(TimeToExpiry.years(ist(2026, 11, 26, 9, 15), EXPIRY)).isEqualTo(22_500 / SECONDS_PER_YEAR);
    }

    @Test
    void test_years_weekendCountsAsCalendarTime() {
        // Friday 20 Nov 15:30 to Thursday 26 Nov 15:30 is six calendar days, four of them trading days.
        assertThat(TimeToExpiry.years(ist(2026, 11, 20, 15, 30), EXPIRY)).isEqualTo(6 / 365.0);
    }

    @Test
    void test_years_exactSecondsWithFraction() {
        Instant asOf = TimeToExpiry.expiryInstant(EXPIRY).minusSeconds(1).minusNanos(500_000_000);
        assertThat(TimeToExpiry.years(asOf, EXPIRY)).isEqualTo(1.5 / SECONDS_PER_YEAR);
    }

    @Test
    void test_years_zeroAtAndAfterExpiry() {
        Instant expiry = TimeToExpiry.expiryInstant(EXPIRY);
        assertThat(TimeToExpiry.years(expiry, EXPIRY)).isZero();
        assertThat(TimeToExpiry.years(expiry.plusSeconds(1), EXPIRY)).isZero();
        assertThat(TimeToExpiry.years(ist(2026, 12, 31, 9, 15), EXPIRY)).isZero();
    }

    @Test
    void test_years_dateFormIsWholeDaysOver365() {
        assertThat(TimeToExpiry.years(LocalDate.of(2026, 11, 19), EXPIRY)).isEqualTo(7 / 365.0);
        assertThat(TimeToExpiry.years(LocalDate.of(2025, 11, 26), EXPIRY)).isEqualTo(1.0);
    }

    @Test
    void test_years_dateFormEqualsInstantFormAtTheClose() {
        for (LocalDate asOf = LocalDate.of(2024, 1, 1); asOf.isBefore(EXPIRY); asOf = asOf.plusDays(7)) {
            assertThat(TimeToExpiry.years(asOf, EXPIRY))
                    .as("as of %s", asOf)
                    .isEqualTo(TimeToExpiry.years(TimeToExpiry.expiryInstant(asOf), EXPIRY));
        }
    }

    @Test
    void test_years_dateFormZeroOnAndAfterExpiryDate() {
        assertThat(TimeToExpiry.years(EXPIRY, EXPIRY)).isZero();
        assertThat(TimeToExpiry.years(EXPIRY.plusDays(3), EXPIRY)).isZero();
    }

    @Test
    void test_years_nullArgumentsAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeToExpiry.years((Instant) null, EXPIRY))
                .withMessageContaining("asOf");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeToExpiry.years(Instant.EPOCH, null))
                .withMessageContaining("expiryDate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeToExpiry.years((LocalDate) null, EXPIRY))
                .withMessageContaining("asOfDate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeToExpiry.expiryInstant(null))
                .withMessageContaining("expiryDate");
    }
}
