package io.optionsv4.marketdata.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NIFTY's lot by date and contract: the circulars' dates, checked against the lots the real files carry. */
class LotSizeHistoryTest {

    private static final LotSizeHistory LOTS = LotSizeHistory.load();

    @Test
    void test_lots_ofEachEra() {
        assertThat(units(monthly(2008, 6, 26), day(2008, 6, 2))).isEqualTo(50);
        assertThat(units(monthly(2014, 10, 30), day(2014, 10, 30))).isEqualTo(50);
        assertThat(units(monthly(2014, 11, 27), day(2014, 10, 31))).isEqualTo(25);
        assertThat(units(monthly(2020, 1, 30), day(2020, 1, 1))).isEqualTo(75);
        assertThat(units(weekly(2023, 3, 16), day(2023, 3, 1))).isEqualTo(50);
        assertThat(units(weekly(2024, 5, 2), day(2024, 4, 26))).isEqualTo(25);
        assertThat(units(monthly(2025, 6, 26), day(2025, 6, 2))).isEqualTo(75);
        assertThat(units(weekly(2026, 1, 6), day(2026, 1, 1))).isEqualTo(65);
    }

    @Test
    void test_2015_septemberAndOctoberContractsKeepTheOldLot() {
        assertThat(units(monthly(2015, 9, 24), day(2015, 9, 1))).isEqualTo(25);
        assertThat(units(monthly(2015, 10, 29), day(2015, 9, 1))).isEqualTo(25);
        assertThat(units(monthly(2015, 11, 26), day(2015, 9, 1))).isEqualTo(75);
    }

    @Test
    void test_2021_julyMonthlyAndAugustWeekliesFirst_longDatedAfterTheJuneExpiry() {
        LocalDate may = day(2021, 5, 3);
        assertThat(units(weekly(2021, 7, 22), may)).isEqualTo(75);
        assertThat(units(weekly(2021, 8, 5), may)).isEqualTo(50);
        assertThat(units(monthly(2021, 6, 24), may)).isEqualTo(75);
        assertThat(units(monthly(2021, 7, 29), may)).isEqualTo(50);
        assertThat(units(monthly(2021, 9, 30), may)).isEqualTo(75);
        assertThat(units(monthly(2021, 9, 30), day(2021, 6, 28))).isEqualTo(50);
        assertThat(units(weekly(2021, 7, 22), day(2021, 7, 1))).isEqualTo(75);
    }

    @Test
    void test_2024_existingContractsKeep25_quarterliesMoveAfter26December() {
        LocalDate december = day(2024, 12, 2);
        assertThat(units(weekly(2024, 12, 19), december)).isEqualTo(25);
        assertThat(units(weekly(2025, 1, 2), december)).isEqualTo(75);
        assertThat(units(monthly(2025, 1, 30), december)).isEqualTo(25);
        assertThat(units(monthly(2025, 2, 27), december)).isEqualTo(75);
        assertThat(units(monthly(2025, 3, 27), december)).isEqualTo(25);
        assertThat(units(monthly(2025, 3, 27), day(2024, 12, 27))).isEqualTo(75);
        assertThat(units(monthly(2025, 1, 30), day(2025, 1, 2))).isEqualTo(25);
    }

    @Test
    void test_2025_januaryContractsFirstWith65() {
        LocalDate november = day(2025, 11, 3);
        assertThat(units(weekly(2025, 12, 23), november)).isEqualTo(75);
        assertThat(units(weekly(2026, 1, 6), november)).isEqualTo(65);
        assertThat(units(monthly(2026, 1, 27), november)).isEqualTo(65);
        assertThat(units(monthly(2026, 3, 30), november)).isEqualTo(75);
        assertThat(units(monthly(2026, 3, 30), day(2025, 12, 31))).isEqualTo(65);
    }

    @Test
    void test_lots_agreeWithTheReferenceTables_whereTheFilesHaveThem() {
        ReferenceData reference = ReferenceData.standard();
        for (YearMonth month : List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3))) {
            Expiry expiry = new Expiry(month.atDay(20), ExpiryKind.MONTHLY, true);
            assertThat(units(expiry, day(2020, 1, 2)))
                    .isEqualTo(reference.lotSizeForContract("NIFTY", month).unitsPerLot());
        }
        for (YearMonth month : List.of(YearMonth.of(2020, 7), YearMonth.of(2020, 8), YearMonth.of(2020, 9))) {
            Expiry expiry = new Expiry(month.atDay(20), ExpiryKind.MONTHLY, true);
            assertThat(units(expiry, day(2020, 7, 1)))
                    .isEqualTo(reference.lotSizeForContract("NIFTY", month).unitsPerLot());
        }
        for (YearMonth month : List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3))) {
            Expiry expiry = new Expiry(month.atDay(20), ExpiryKind.MONTHLY, true);
            assertThat(units(expiry, day(2026, 1, 1)))
                    .isEqualTo(reference.lotSizeForContract("NIFTY", month).unitsPerLot());
        }
    }

    @Test
    void test_lot_isForTheContractMonth() {
        assertThat(LOTS.lot(monthly(2020, 1, 30), day(2020, 1, 1))).isEqualTo(LotSize.of(75, YearMonth.of(2020, 1)));
    }

    @Test
    void test_unknownDate_isAnErrorNeverAGuess() {
        assertThatThrownBy(() -> LOTS.lot(monthly(2026, 8, 25), day(2026, 8, 3)))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2026-08-03")
                .hasMessageContaining(LotSizeHistory.RESOURCE)
                .hasMessageContaining("never guessed");
        assertThatThrownBy(() -> LOTS.lot(monthly(2007, 12, 27), day(2007, 12, 3)))
                .isInstanceOf(MarketDataException.class);
    }

    @Test
    void test_overlappingRows_refusedNamingTheLines() {
        LotSizeHistory.Row a = row(LotSizeHistory.Series.ALL, 2, 50);
        LotSizeHistory.Row b = row(LotSizeHistory.Series.WEEKLY, 3, 25);

        assertThatThrownBy(() -> new LotSizeHistory(List.of(a, b)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lines 2 and 3 overlap");
    }

    private static LotSizeHistory.Row row(LotSizeHistory.Series series, int line, int units) {
        return new LotSizeHistory.Row(
                day(2020, 1, 1), day(2020, 12, 31), series, Optional.empty(), Optional.empty(), units, "TEST", line);
    }

    private static int units(Expiry expiry, LocalDate asOf) {
        return LOTS.lot(expiry, asOf).unitsPerLot();
    }

    private static Expiry monthly(int year, int month, int day) {
        return new Expiry(day(year, month, day), ExpiryKind.MONTHLY, true);
    }

    private static Expiry weekly(int year, int month, int day) {
        return new Expiry(day(year, month, day), ExpiryKind.WEEKLY, true);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
