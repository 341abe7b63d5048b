package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both cash bhavcopy forms on small files written for the test. */
class CashBhavcopyLoaderTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final String OLD_HEADER =
            "SYMBOL,SERIES,OPEN,HIGH,LOW,CLOSE,LAST,PREVCLOSE,TOTTRDQTY,TOTTRDVAL,TIMESTAMP,TOTALTRADES,ISIN,";
    private static final String RELIANCE = "RELIANCE,EQ,1518,1527.1,1505.5,1509.6,1511.8,1514.05,6402372,"
            + "9701063103.4,01-JAN-2020,122265,INE002A01018,";

    @TempDir
    Path dir;

    @Test
    void test_load_oldFormEqSeriesOnly() throws IOException {
        CashDay day = load(
                "cm01JAN2020bhav.csv",
                NseFileKind.CASH_OLD,
                DAY,
                OLD_HEADER,
                RELIANCE,
                RELIANCE.replace("RELIANCE,EQ", "RELIANCE,BL"),
                "GOLDBEES,GB,1,1,1,1,1,1,1,1,01-JAN-2020,1,X,");

        Quote quote = day.quotes().get("RELIANCE");
        assertThat(day.quotes()).containsOnlyKeys("RELIANCE");
        assertThat(quote.close()).isEqualTo(1509.6);
        assertThat(quote.last()).isEqualTo(1511.8);
        assertThat(quote.previousClose()).isEqualTo(1514.05);
        assertThat(quote.session().volume()).isEqualTo(6402372);
    }

    @Test
    void test_load_fullFormWithCommaSpaceSeparators() throws IOException {
        CashDay day = load(
                "sec_bhavdata_full_01012026.csv",
                NseFileKind.CASH_FULL,
                LocalDate.of(2026, 1, 1),
                "SYMBOL, SERIES, DATE1, PREV_CLOSE, OPEN_PRICE, HIGH_PRICE, LOW_PRICE, LAST_PRICE, CLOSE_PRICE, "
                        + "AVG_PRICE, TTL_TRD_QNTY, TURNOVER_LACS, NO_OF_TRADES, DELIV_QTY, DELIV_PER",
                "RELIANCE, EQ, 01-Jan-2026, 1570.40, 1573.70, 1592.50, 1571.10, 1572.90, 1575.60, 1580.1, 6408128, "
                        + "101000.5, 200000, 3000000, 46.8",
                "1018GS2026, GS, 01-Jan-2026, 106.17, 103.51, 106.25, 103.51, 106.15, 106.15, 106.15, 2015, 2.14, 5, "
                        + "-, -");

        assertThat(day.quotes().get("RELIANCE").close()).isEqualTo(1575.6);
        assertThat(day.quotes()).containsOnlyKeys("RELIANCE");
    }

    @Test
    void test_load_highBelowCloseSkippedAsMalformed() throws IOException {
        CashDay day = load(
                "cm01JAN2020bhav.csv",
                NseFileKind.CASH_OLD,
                DAY,
                OLD_HEADER,
                RELIANCE.replace("1527.1", "1500"),
                RELIANCE.replace("RELIANCE", "TCS"));

        assertThat(day.quotes()).containsOnlyKeys("TCS");
        assertThat(day.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("high 1500.0");
        });
    }

    @Test
    void test_load_negativePriceFails() {
        assertThatThrownBy(() -> load(
                        "cm01JAN2020bhav.csv",
                        NseFileKind.CASH_OLD,
                        DAY,
                        OLD_HEADER,
                        RELIANCE.replace("1509.6", "-1509.6")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("cm01JAN2020bhav.csv:2")
                .hasMessageContaining("negative CLOSE");
    }

    @Test
    void test_load_emptyFileFails() {
        assertThatThrownBy(() -> load("cm01JAN2020bhav.csv", NseFileKind.CASH_OLD, DAY))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("cm01JAN2020bhav.csv is empty");
    }

    private CashDay load(String name, NseFileKind kind, LocalDate date, String... lines) throws IOException {
        Path file = Files.write(dir.resolve(name), List.of(lines));
        return CashBhavcopyLoader.load(file, kind, date, DataQualityPolicy.DEFAULT);
    }
}
