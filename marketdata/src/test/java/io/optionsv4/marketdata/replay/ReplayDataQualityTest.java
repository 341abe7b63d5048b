package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests of issue 10: data errors in the real NSE files are never silent. Each test copies the project's
 * files of 2 and 3 January 2020 into a temporary directory, breaks one, and replays it.
 */
class ReplayDataQualityTest {

    private static final LocalDate JAN_2 = LocalDate.of(2020, 1, 2);
    private static final LocalDate JAN_3 = LocalDate.of(2020, 1, 3);

    @TempDir
    Path dir;

    @Test
    void test_niftyHistory_invalidRowOfTheDayIsAnErrorNotYesterday() throws IOException {
        copy("index_daily/nifty50.csv.gz", "nifty50.csv", replaceLine("2020-01-03,", "2020-01-03,NaN,1,1,1,0"));
        copy("index_daily/indiavix.csv.gz", "indiavix.csv", UnaryOperator.identity());
        var replay = new BhavcopyReplayMarketData(dir);

        assertThatThrownBy(() -> replay.niftyHistory(JAN_2, JAN_3))
                .isInstanceOf(MarketDataException.class)
                .hasMessageMatching("(?s).*nifty50\\.csv:\\d+: .*Close is not a number.*");
        assertThatThrownBy(() -> replay.quote("NIFTY", JAN_3)).hasMessageContaining("nifty50.csv:");
        assertThat(replay.niftyHistory(JAN_2, JAN_2)).hasSize(1);
        assertThat(replay.qualityReport().rejected()).containsEntry(DataIssue.NOT_A_NUMBER, 1);
    }

    @Test
    void test_indiaVix_zeroIsAnErrorNotThePreviousValue() throws IOException {
        copy("index_daily/indiavix.csv.gz", "indiavix.csv", replaceLine("2020-01-03,", "2020-01-03,0,0,0,0,0"));
        var replay = new BhavcopyReplayMarketData(dir);

        assertThatThrownBy(() -> replay.indiaVix(JAN_3)).hasMessageContaining("indiavix.csv:");
        assertThatThrownBy(() -> replay.indiaVixHistory(JAN_2, JAN_3)).hasMessageContaining("Open is 0");
    }

    @Test
    void test_niftyHistory_conflictingDuplicateRowFailsTheFile() throws IOException {
        copy("index_daily/nifty50.csv.gz", "nifty50.csv", lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add("2020-01-03,6000,6000,6000,6000,0");
            return out;
        });
        var replay = new BhavcopyReplayMarketData(dir);

        assertThatThrownBy(() -> replay.quote("NIFTY", JAN_3))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("2020-01-03 is also on line")
                .hasMessageContaining("with other values");
    }

    @Test
    void test_foDay_fileCutOffAtALineEndIsRefusedAgainstThePreviousDay() throws IOException {
        copy("fo_bhavcopy/fo02JAN2020bhav.csv.gz", "fo02JAN2020bhav.csv", UnaryOperator.identity());
        copy(
                "fo_bhavcopy/fo03JAN2020bhav.csv.gz",
                "fo03JAN2020bhav.csv",
                lines -> lines.subList(0, (int) (lines.size() * 0.83)));
        var replay = new BhavcopyReplayMarketData(dir);

        assertThat(replay.symbols(JAN_2)).hasSizeGreaterThan(100);
        assertThatThrownBy(() -> replay.symbols(JAN_3))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("fo03JAN2020bhav.csv has ")
                .hasMessageContaining("looks cut off");
    }

    @Test
    void test_cashQuote_hexCloseOrZeroCloseIsRejectedAndNamedWithFileAndLine() throws IOException {
        copy("cm_history/cm03JAN2020bhav.csv.gz", "cm03JAN2020bhav.csv", lines -> {
            List<String> out = new ArrayList<>(lines);
            for (int i = 1; i < out.size(); i++) {
                String[] f = out.get(i).split(",", -1);
                if (f[0].equals("RELIANCE") && f[1].equals("EQ")) {
                    f[5] = "0x1p3";
                    out.set(i, String.join(",", f));
                }
                if (f[0].equals("INFY") && f[1].equals("EQ")) {
                    f[5] = "0";
                    out.set(i, String.join(",", f));
                }
            }
            return out;
        });
        var replay = new BhavcopyReplayMarketData(dir);

        assertThatThrownBy(() -> replay.quote("RELIANCE", JAN_3))
                .hasMessageMatching("(?s).*cm03JAN2020bhav\\.csv:\\d+: row rejected: CLOSE is not a number: '0x1p3'.*");
        assertThatThrownBy(() -> replay.quote("INFY", JAN_3)).hasMessageContaining("CLOSE is 0");
        DataQualityReport report = replay.qualityReport();
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.firstRows()).extracting(RowWarning::field).containsOnly("CLOSE");
        assertThat(report.lines().get(0)).contains("2 rows rejected");
        assertThat(report.asMap()).containsEntry("rows_rejected", 2);
    }

    @Test
    void test_cashQuote_conflictingDuplicateEqRowFailsTheFile() throws IOException {
        copy("cm_history/cm03JAN2020bhav.csv.gz", "cm03JAN2020bhav.csv", lines -> {
            List<String> out = new ArrayList<>(lines);
            String reliance = out.stream()
                    .filter(l -> l.startsWith("RELIANCE,EQ,"))
                    .findFirst()
                    .orElseThrow();
            String[] f = reliance.split(",", -1);
            f[5] = "1.5";
            f[4] = "1";
            out.add(String.join(",", f));
            return out;
        });
        var replay = new BhavcopyReplayMarketData(dir);

        assertThatThrownBy(() -> replay.quote("TCS", JAN_3))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("the EQ row of RELIANCE is also on line");
    }

    private void copy(String source, String target, UnaryOperator<List<String>> change) throws IOException {
        Path file = ProjectData.locate().orElseThrow().resolve(source);
        List<String> lines = DataFiles.readAllLines(file, StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(target), change.apply(lines), StandardCharsets.ISO_8859_1);
    }

    private static UnaryOperator<List<String>> replaceLine(String prefix, String replacement) {
        return lines ->
                lines.stream().map(l -> l.startsWith(prefix) ? replacement : l).toList();
    }
}
