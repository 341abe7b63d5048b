package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.testdata.NseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryCalendarTest {

    private static final ReferenceData DATA = ReferenceData.standard();
    private static final ExpiryCalendar EXPIRIES = DATA.expiryCalendar();

    /**
     * NIFTY's Jun-2023 contract, listed in 2019 for Thursday 29-Jun-2023, expired on 28-Jun-2023 after NSE declared 29
     * June 2023 a holiday (Bakri Id); the calendar knows the holiday, the old files do not.
     */
    private static final Map<LocalDate, LocalDate> LATER_HOLIDAY_MOVES =
            Map.of(LocalDate.of(2023, 6, 29), LocalDate.of(2023, 6, 28));

    @ParameterizedTest
    @CsvSource({"fo01JAN2020bhav.csv, 2020-01-01", "fo02JAN2020bhav.csv, 2020-01-02", "fo03JAN2020bhav.csv, 2020-01-03"
    })
    void test_expiries_equalTheFo2020Bhavcopy(String file, LocalDate tradeDate) {
        assertPredictedEqualsListed(expiriesBySymbol(NseFiles.oldFoBhavcopy(file)), tradeDate);
    }

    @Test
    void test_expiries_equalTheUdiff2026Bhavcopy() {
        Map<String, Set<LocalDate>> listed = expiriesBySymbol(NseFiles.udiffFoBhavcopy());
        assertThat(listed).hasSize(213);
        assertPredictedEqualsListed(listed, LocalDate.of(2026, 1, 1));
    }

    @Test
    void test_expiries_equalTheNseOptionChainOf23Aug2019() throws IOException {
        String json = DataFiles.readString(ProjectData.file("option_chain/optionchain.json"), StandardCharsets.UTF_8);
        Matcher array = Pattern.compile("\"expiryDates\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
        assertThat(array.find()).isTrue();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
        Set<LocalDate> listed = new TreeSet<>();
        Matcher date = Pattern.compile("\"([^\"]+)\"").matcher(array.group(1));
        while (date.find()) {
            LocalDate expiry = LocalDate.parse(date.group(1), format);
            listed.add(LATER_HOLIDAY_MOVES.getOrDefault(expiry, expiry));
        }
        assertThat(listed).hasSize(21);
        assertThat(dates(DATA.expiries("NIFTY", LocalDate.of(2019, 8, 23)))).isEqualTo(listed);
    }

    @Test
    void test_expiries_niftyKindsOn2020_01_01() {
        List<Expiry> expiries = DATA.expiries("NIFTY", LocalDate.of(2020, 1, 1));
        assertThat(expiries.get(0)).isEqualTo(new Expiry(LocalDate.of(2020, 1, 2), ExpiryKind.WEEKLY, true));
        assertThat(expiries)
                .contains(new Expiry(LocalDate.of(2020, 1, 30), ExpiryKind.MONTHLY, true))
                .filteredOn(e -> e.kind() == ExpiryKind.WEEKLY)
                .hasSize(7);
    }

    @Test
    void test_expiries_holidayMovesWeeklyToPreviousTradingDay() {
        // Thursday 02-Apr-2020 was Ram Navami.
        assertThat(DATA.expiries("NIFTY", LocalDate.of(2020, 3, 27)))
                .contains(new Expiry(LocalDate.of(2020, 4, 1), ExpiryKind.WEEKLY, true));
    }

    @Test
    void test_monthlyExpiry_holidayMovesMonthlyToPreviousTradingDay() {
        // Thursday 30-Mar-2023 was Ram Navami.
        assertThat(EXPIRIES.monthlyExpiry(DATA.underlying("RELIANCE"), YearMonth.of(2023, 3))
                        .date())
                .isEqualTo(LocalDate.of(2023, 3, 29));
    }

    @ParameterizedTest
    @CsvSource({"2025-08, 2025-08-28", "2025-09, 2025-09-30", "2026-01, 2026-01-27", "2019-12, 2019-12-26"})
    void test_monthlyExpiry_lastThursdayThenLastTuesdayFromSeptember2025(YearMonth month, LocalDate expected) {
        assertThat(EXPIRIES.monthlyExpiry(DATA.underlying("INFY"), month).date())
                .isEqualTo(expected);
    }

    @Test
    void test_monthlyExpiry_beyondCalendarIsNotConfirmed() {
        Expiry march2026 = EXPIRIES.monthlyExpiry(DATA.underlying("NIFTY"), YearMonth.of(2026, 3));
        assertThat(march2026).isEqualTo(new Expiry(LocalDate.of(2026, 3, 30), ExpiryKind.MONTHLY, false));
        assertThat(EXPIRIES.monthlyExpiry(DATA.underlying("NIFTY"), YearMonth.of(2026, 2))
                        .confirmed())
                .isTrue();
    }

    @Test
    void test_nearMonthlyExpiry_rollsAfterExpiryDay() {
        Underlying nifty = DATA.underlying("NIFTY");
        assertThat(EXPIRIES.nearMonthlyExpiry(nifty, LocalDate.of(2020, 1, 30)).date())
                .isEqualTo(LocalDate.of(2020, 1, 30));
        assertThat(EXPIRIES.nearMonthlyExpiry(nifty, LocalDate.of(2020, 1, 31)).date())
                .isEqualTo(LocalDate.of(2020, 2, 27));
    }

    @Test
    void test_expiries_uncoveredPeriodThrows() {
        assertThatThrownBy(() -> DATA.expiries("BANKNIFTY", LocalDate.of(2024, 5, 2)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("BANKNIFTY")
                .hasMessageContaining("2024-05-02");
        assertThatThrownBy(() -> DATA.expiries("INDIA VIX", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("INDIA VIX");
    }

    @Test
    void test_expiries_stockLeavingFnoListsNoNewMonths() {
        assertThat(dates(DATA.expiries("IRCTC", LocalDate.of(2026, 1, 1))))
                .containsExactly(LocalDate.of(2026, 1, 27), LocalDate.of(2026, 2, 24));
        assertThatThrownBy(() -> DATA.expiries("NBCC", LocalDate.of(2023, 5, 2)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("NBCC left F&O after its 2020-01 contracts");
        assertThat(dates(DATA.expiries("NBCC", LocalDate.of(2026, 8, 3)))).hasSize(3);
    }

    private static void assertPredictedEqualsListed(Map<String, Set<LocalDate>> listed, LocalDate tradeDate) {
        Map<String, String> mismatches = new TreeMap<>();
        listed.forEach((symbol, inFile) -> {
            Set<LocalDate> predicted = dates(DATA.expiries(symbol, tradeDate));
            if (!predicted.equals(inFile)) {
                mismatches.put(symbol, "predicted " + predicted + " but the file lists " + inFile);
            }
        });
        assertThat(mismatches).as("expiries on " + tradeDate).isEmpty();
    }

    private static Map<String, Set<LocalDate>> expiriesBySymbol(List<NseFiles.FoRow> rows) {
        Map<String, Set<LocalDate>> result = new TreeMap<>();
        for (NseFiles.FoRow r : rows) {
            result.computeIfAbsent(r.symbol(), s -> new TreeSet<>())
                    .add(LATER_HOLIDAY_MOVES.getOrDefault(r.expiry(), r.expiry()));
        }
        return result;
    }

    private static Set<LocalDate> dates(List<Expiry> expiries) {
        return new TreeSet<>(expiries.stream().map(Expiry::date).toList());
    }
}
