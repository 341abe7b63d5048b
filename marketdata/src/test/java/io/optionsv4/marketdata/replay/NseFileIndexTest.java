package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recursive scan, recognition of every file form by name, and the first-by-path rule for duplicates. */
class NseFileIndexTest {

    @TempDir
    Path dir;

    @Test
    void test_unreadable_permissionDeniedSaidInWordsWithoutAnExceptionName() {
        Path root = Path.of("/data");
        MarketDataException e =
                NseFileIndex.unreadable(root, new java.nio.file.AccessDeniedException("/data/secret\u001b[2J"));

        assertThat(e.getMessage())
                .isEqualTo("cannot read '/data/secret\\u001b[2J' in the replay data directory /data: permission denied")
                .doesNotContain("Exception");
    }

    @Test
    void test_scan_findsEveryFormInSubdirectories() throws IOException {
        Path fo = touch("fo_bhavcopy/fo01JAN2020bhav.csv");
        Path udiff = touch("udiff/BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv");
        Path cash = touch("cm/cm01JAN2020bhav.csv");
        Path full = touch("udiff/sec_bhavdata_full_01012026.csv");
        Path nifty = touch("index_daily/nifty50.csv");
        Path vix = touch("index_daily/indiavix.csv");
        touch("notes/README.md");

        NseFileIndex index = NseFileIndex.scan(dir);

        assertThat(index.foFile(LocalDate.of(2020, 1, 1))).contains(fo);
        assertThat(index.foFile(LocalDate.of(2026, 1, 1))).contains(udiff);
        assertThat(index.cashFile(LocalDate.of(2020, 1, 1))).contains(cash);
        assertThat(index.cashFile(LocalDate.of(2026, 1, 1))).contains(full);
        assertThat(index.niftyHistory()).contains(nifty);
        assertThat(index.vixHistory()).contains(vix);
        assertThat(index.foDates()).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(index.foFile(LocalDate.of(2020, 1, 2))).isEmpty();
    }

    @Test
    void test_scan_sameDateTwiceFirstPathWins() throws IOException {
        Path first = touch("a/cm01JAN2020bhav.csv");
        touch("b/cm01JAN2020bhav.csv");

        assertThat(NseFileIndex.scan(dir).cashFile(LocalDate.of(2020, 1, 1))).contains(first);
    }

    @Test
    void test_scan_impossibleDateInNameFails() throws IOException {
        touch("fo31FEB2020bhav.csv");

        assertThatThrownBy(() -> NseFileIndex.scan(dir))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("fo31FEB2020bhav.csv");
    }

    @Test
    void test_scan_missingDirectoryNamed() {
        assertThatThrownBy(() -> NseFileIndex.scan(dir.resolve("nope")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void test_cashDates_inclusiveRange() throws IOException {
        touch("cm01JAN2020bhav.csv");
        touch("cm02JAN2020bhav.csv");
        touch("cm03JAN2020bhav.csv");

        assertThat(NseFileIndex.scan(dir).cashDates(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3)))
                .containsExactly(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }
}
