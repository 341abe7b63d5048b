package io.optionsv4.marketdata.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.marketdata.files.ProjectData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No look-ahead: every row after the as-of date is changed (prices, VIX, rows deleted, a malformed row) and nothing
 * the market answers for that date or earlier changes.
 */
class NoLookAheadTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);
    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2019, 8, 23),
            LocalDate.of(2019, 12, 31),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 1, 2),
            AS_OF);

    @TempDir
    static Path dir;

    private static HistoricalNiftyMarket originalFuture;
    private static HistoricalNiftyMarket changedFuture;
    private static HistoricalNiftyMarket original;
    private static HistoricalNiftyMarket changed;

    @BeforeAll
    static void load() {
        Path[] files = HistoryFixtures.copies(dir, NoLookAheadTest::changeTheFuture);
        originalFuture = HistoricalNiftyMarket.load(ProjectData.directory());
        changedFuture = HistoricalNiftyMarket.load(files[0], files[1]);
        original = originalFuture.asOf(AS_OF);
        changed = changedFuture.asOf(AS_OF);
    }

    @Test
    void test_futureRowsChanged_nothingEarlierChanges() {
        for (LocalDate day : DAYS) {
            List<Expiry> expiries = original.expiries("NIFTY", day);
            assertThat(changed.expiries("NIFTY", day)).isEqualTo(expiries);
            for (Expiry expiry : expiries) {
                assertThat(changed.optionChain("NIFTY", expiry.date(), day))
                        .as("chain of " + expiry.date() + " on " + day)
                        .isEqualTo(original.optionChain("NIFTY", expiry.date(), day));
            }
            assertThat(changed.quote("NIFTY", day)).isEqualTo(original.quote("NIFTY", day));
            assertThat(changed.indiaVix(day)).isEqualTo(original.indiaVix(day));
            assertThat(changed.rate(day)).isEqualTo(original.rate(day));
        }
        LocalDate from = LocalDate.of(2007, 1, 1);
        LocalDate to = LocalDate.of(2030, 1, 1);
        assertThat(changed.niftyHistory(from, to)).isEqualTo(original.niftyHistory(from, to));
        assertThat(changed.indiaVixHistory(from, to)).isEqualTo(original.indiaVixHistory(from, to));
        assertThat(changed.sessions(from, to)).isEqualTo(original.sessions(from, to));
        assertThat(changed.qualityReport().carriedVix())
                .isEqualTo(original.qualityReport().carriedVix());
        assertThat(changed.qualityReport().missingNiftySessions())
                .isEqualTo(original.qualityReport().missingNiftySessions());
        assertThat(changed.qualityReport().rows().total()).isZero();
    }

    @Test
    void test_theFutureReallyChanged() {
        LocalDate monday = LocalDate.of(2020, 1, 6);

        assertThat(changedFuture.quote("NIFTY", monday).close())
                .isCloseTo(1.3 * originalFuture.quote("NIFTY", monday).close(), within(0.02));
        assertThat(changedFuture.indiaVix(monday)).isEqualTo(2 * originalFuture.indiaVix(monday));
        assertThat(changedFuture.qualityReport().rows().total()).isEqualTo(1);
        assertThat(changedFuture.sessions(LocalDate.of(2020, 2, 13), LocalDate.of(2020, 2, 13)))
                .isEmpty();
        assertThat(changedFuture.optionChain("NIFTY", LocalDate.of(2020, 1, 9), monday))
                .isNotEqualTo(originalFuture.optionChain("NIFTY", LocalDate.of(2020, 1, 9), monday));
    }

    /** NIFTY after the as-of date x 1.3, VIX x 2, two NIFTY sessions deleted, one malformed VIX row. */
    private static String changeTheFuture(boolean nifty, String line) {
        if (!HistoryFixtures.after(AS_OF).test(line)) {
            return line;
        }
        String date = line.substring(0, 10);
        if (nifty && (date.equals("2020-02-13") || date.equals("2021-06-01"))) {
            return "";
        }
        if (!nifty && date.equals("2021-03-04")) {
            return date + ",not a number,1,1,1,0";
        }
        String[] f = line.split(",");
        double factor = nifty ? 1.3 : 2.0;
        StringBuilder row = new StringBuilder(date);
        for (int i = 1; i <= 4; i++) {
            row.append(',').append(String.format(Locale.ROOT, "%.2f", Double.parseDouble(f[i]) * factor));
        }
        return row.append(',').append(f[5]).toString();
    }
}
