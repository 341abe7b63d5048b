package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own directory of plain NSE files (as NSE publishes them) replays exactly like the bundled gzipped ones. */
class PlainFilesReplayTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    @TempDir
    Path dir;

    @Test
    void test_replay_plainFilesEqualGzipped() throws IOException {
        for (String file : new String[] {
            "fo_bhavcopy/fo03JAN2020bhav.csv",
            "cm_bhavcopy/cm03JAN2020bhav.csv",
            "index_daily/nifty50.csv",
            "index_daily/indiavix.csv"
        }) {
            Path target = Files.createDirectories(dir.resolve("downloads"))
                    .resolve(Path.of(file).getFileName());
            try (InputStream in = DataFiles.open(ProjectData.file(file))) {
                Files.copy(in, target);
            }
        }
        BhavcopyReplayMarketData plain = new BhavcopyReplayMarketData(dir);
        BhavcopyReplayMarketData bundled = new BhavcopyReplayMarketData(ProjectData.directory());

        assertThat(plain.optionDates()).containsExactly(DAY);
        assertThat(plain.quote("RELIANCE", DAY)).isEqualTo(bundled.quote("RELIANCE", DAY));
        assertThat(plain.quote("NIFTY", DAY)).isEqualTo(bundled.quote("NIFTY", DAY));
        assertThat(plain.indiaVix(DAY)).isEqualTo(bundled.indiaVix(DAY));
        LocalDate expiry = LocalDate.of(2020, 1, 30);
        assertThat(plain.optionChain("RELIANCE", expiry, DAY)).isEqualTo(bundled.optionChain("RELIANCE", expiry, DAY));
    }
}
