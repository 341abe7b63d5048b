package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both F&amp;O bhavcopy forms on small files written for the test, including every kind of bad input. */
class FoBhavcopyLoaderTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final String OLD_HEADER = "INSTRUMENT,SYMBOL,EXPIRY_DT,STRIKE_PR,OPTION_TYP,OPEN,HIGH,LOW,CLOSE,"
            + "SETTLE_PR,CONTRACTS,VAL_INLAKH,OPEN_INT,CHG_IN_OI,TIMESTAMP,";
    private static final String FUTURE =
            "FUTIDX,NIFTY,30-Jan-2020,0,XX,12250,12270,12220,12243.8,12243.8,100,1,1000," + "75,01-JAN-2020,";
    private static final String TRADED_CALL = "OPTIDX,NIFTY,30-Jan-2020,12200,CE,178.7,183.65,159.5,165,165,17676,"
            + "163969.76,1639500,30150,01-JAN-2020,";
    private static final String UNTRADED_PUT = "OPTIDX,NIFTY,30-Jan-2020,9000,PE,0,0,0,0.5,0.35,0,0,75,0,01-JAN-2020,";

    @TempDir
    Path dir;

    @Test
    void test_load_oldFormKeepsOptionsAndDropsFutures() throws IOException {
        FoDay day = load("fo01JAN2020bhav.csv", NseFileKind.FO_OLD, OLD_HEADER, FUTURE, TRADED_CALL, UNTRADED_PUT);

        List<OptionRow> rows = day.options().get("NIFTY");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .isEqualTo(new OptionRow(
                        "NIFTY",
                        LocalDate.of(2020, 1, 30),
                        12200,
                        Right.CALL,
                        165,
                        165,
                        165,
                        17676,
                        1639500,
                        30150,
                        0,
                        0));
        assertThat(rows.get(1).last()).as("untraded: no last price").isZero();
        assertThat(rows.get(1).settle()).isEqualTo(0.35);
        assertThat(day.futurePrice("NIFTY", LocalDate.of(2020, 1, 30))).hasValue(12243.8);
        assertThat(day.futurePrice("NIFTY", LocalDate.of(2020, 2, 27))).isEmpty();
        assertThat(day.warnings()).isEmpty();
    }

    @Test
    void test_load_malformedRowSkippedWithFileAndLine() throws IOException {
        FoDay day = load(
                "fo01JAN2020bhav.csv",
                NseFileKind.FO_OLD,
                OLD_HEADER,
                TRADED_CALL,
                TRADED_CALL.replace(",165,165,", ",abc,165,"),
                TRADED_CALL.replace("01-JAN-2020,", ""),
                UNTRADED_PUT);

        assertThat(day.options().get("NIFTY")).hasSize(2);
        assertThat(day.warnings()).extracting(RowWarning::line).containsExactly(3, 4);
        assertThat(day.warnings().get(0).toString())
                .contains("fo01JAN2020bhav.csv:3")
                .contains("CLOSE is not a number: 'abc'");
        assertThat(day.warnings().get(1).message()).contains("15 fields, the header 16");
    }

    @Test
    void test_load_wrongHeaderFailsNamingTheFile() {
        assertThatThrownBy(() -> load(
                        "fo01JAN2020bhav.csv", NseFileKind.FO_OLD, OLD_HEADER.replace("SETTLE_PR", "SETTLE"), FUTURE))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("fo01JAN2020bhav.csv")
                .hasMessageContaining("wrong header")
                .hasMessageContaining("SETTLE_PR");
    }

    @Test
    void test_load_negativePriceFailsNamingFileAndLine() {
        assertThatThrownBy(() -> load(
                        "fo01JAN2020bhav.csv",
                        NseFileKind.FO_OLD,
                        OLD_HEADER,
                        TRADED_CALL,
                        TRADED_CALL.replace(",165,165,", ",165,-165,")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("fo01JAN2020bhav.csv:3")
                .hasMessageContaining("negative SETTLE_PR -165.0");
    }

    @Test
    void test_load_expiryBeforeTradeDateFails() {
        assertThatThrownBy(() -> load(
                        "fo01JAN2020bhav.csv",
                        NseFileKind.FO_OLD,
                        OLD_HEADER,
                        TRADED_CALL.replace("30-Jan-2020", "26-Dec-2019")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("fo01JAN2020bhav.csv")
                .hasMessageContaining("expiry 2019-12-26 is before the trade date 2020-01-01");
    }

    @Test
    void test_load_rowOfAnotherDateFails() {
        assertThatThrownBy(() -> load(
                        "fo01JAN2020bhav.csv",
                        NseFileKind.FO_OLD,
                        OLD_HEADER,
                        TRADED_CALL.replace("01-JAN-2020", "02-JAN-2020")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("TIMESTAMP 2020-01-02 is not the file's date 2020-01-01");
    }

    @Test
    void test_load_contractListedTwiceFails() {
        assertThatThrownBy(() -> load("fo01JAN2020bhav.csv", NseFileKind.FO_OLD, OLD_HEADER, TRADED_CALL, TRADED_CALL))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining(
                        "fo01JAN2020bhav.csv:3 lists NIFTY 2020-01-30 12200.0 CALL again (first on line 2)");
    }

    @Test
    void test_load_unknownInstrumentSkipped() throws IOException {
        FoDay day =
                load("fo01JAN2020bhav.csv", NseFileKind.FO_OLD, OLD_HEADER, TRADED_CALL.replace("OPTIDX", "OPTCUR"));

        assertThat(day.options()).isEmpty();
        assertThat(day.warnings().get(0).message()).contains("unknown INSTRUMENT 'OPTCUR'");
    }

    @Test
    void test_load_udiffFormCarriesLotAndUnderlyingPrice() throws IOException {
        String header = "TradDt,BizDt,Sgmt,Src,FinInstrmTp,FinInstrmId,ISIN,TckrSymb,SctySrs,XpryDt,"
                + "FininstrmActlXpryDt,StrkPric,OptnTp,FinInstrmNm,OpnPric,HghPric,LwPric,ClsPric,LastPric,"
                + "PrvsClsgPric,"
                + "UndrlygPric,SttlmPric,OpnIntrst,ChngInOpnIntrst,TtlTradgVol,TtlTrfVal,TtlNbOfTxsExctd,SsnId,"
                + "NewBrdLotQty,Rmks,Rsvd1,Rsvd2,Rsvd3,Rsvd4";
        String call = "2026-01-01,2026-01-01,FO,NSE,IDO,1,,NIFTY,,2026-01-06,2026-01-06,26150.00,CE,N,90,95,80,89.95,"
                + "86.45,100,26146.55,89.95,5714475,2046005,2764391,1.0,1,F1,65,,,,,";
        String future = "2026-01-01,2026-01-01,FO,NSE,IDF,2,,NIFTY,,2026-01-27,2026-01-27,,,N,1,1,1,26300,26300,1,"
                + "26146.55,26300,1,0,1,1.0,1,F1,65,,,,,";

        FoDay day = load(
                "BhavCopy_NSE_FO_0_0_0_20260101_F_0000.csv",
                NseFileKind.FO_UDIFF,
                LocalDate.of(2026, 1, 1),
                header,
                call,
                future);

        OptionRow row = day.options().get("NIFTY").get(0);
        assertThat(row.lotSize()).isEqualTo(65);
        assertThat(row.underlyingPrice()).isEqualTo(26146.55);
        assertThat(row.last()).isEqualTo(86.45);
        assertThat(row.contracts()).isEqualTo(2764391);
        assertThat(day.options().get("NIFTY")).hasSize(1);
    }

    private FoDay load(String name, NseFileKind kind, String... lines) throws IOException {
        return load(name, kind, DAY, lines);
    }

    private FoDay load(String name, NseFileKind kind, LocalDate date, String... lines) throws IOException {
        Path file = Files.write(dir.resolve(name), List.of(lines));
        return FoBhavcopyLoader.load(file, kind, date, DataQualityPolicy.DEFAULT);
    }
}
