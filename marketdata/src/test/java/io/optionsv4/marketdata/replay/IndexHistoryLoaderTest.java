package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yfinance index histories: column order, float32 rounding, bad rows. */
class IndexHistoryLoaderTest {

    private static final String HEADER = "Date,Close,High,Low,Open,Volume";
    private static final String JAN_1 = "2020-01-01,12182.5,12222.2001953125,12165.2998046875,12202.150390625,304100";

    @TempDir
    Path dir;

    @Test
    void test_load_columnsInCloseHighLowOpenOrderRounded() throws IOException {
        var history = load(HEADER, JAN_1);

        assertThat(history.candles().get(LocalDate.of(2020, 1, 1)))
                .isEqualTo(new Candle(LocalDate.of(2020, 1, 1), 12202.15, 12222.20, 12165.30, 12182.50, 304100));
    }

    @Test
    void test_load_badRowsSkippedRepeatedDateWarned() throws IOException {
        var history = load(HEADER, JAN_1, "2020-01-02,null,1,1,1,0", JAN_1, "2020-01-03,1,1,1,1,0");

        assertThat(history.candles()).hasSize(2);
        assertThat(history.warnings()).hasSize(2);
        assertThat(history.warnings().get(0).line()).isEqualTo(3);
        assertThat(history.warnings().get(1).line()).isEqualTo(4);
        assertThat(history.warnings().get(1).issue()).isEqualTo(DataIssue.DUPLICATE);
        assertThat(history.rejectedDates()).containsOnlyKeys(LocalDate.of(2020, 1, 2));
    }

    @Test
    void test_load_wrongHeaderFails() {
        assertThatThrownBy(() -> load("Date,Open,High,Low,Adj Close,Volume", JAN_1))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("nifty50.csv")
                .hasMessageContaining("[Close]");
    }

    @Test
    void test_cents_roundsFloat32Artefacts() {
        assertThat(IndexHistoryLoader.cents(11.489999771118164)).isEqualTo(11.49);
        assertThat(IndexHistoryLoader.cents(12282.2001953125)).isEqualTo(12282.20);
    }

    private IndexHistoryLoader.IndexHistory load(String... lines) throws IOException {
        Path file = Files.write(dir.resolve("nifty50.csv"), List.of(lines));
        return IndexHistoryLoader.load(file, "NIFTY", DataQualityPolicy.DEFAULT);
    }
}
