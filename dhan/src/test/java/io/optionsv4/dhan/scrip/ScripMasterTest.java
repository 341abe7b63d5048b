package io.optionsv4.dhan.scrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScripMasterTest {

    private static final String COMPACT_HEADER = "SEM_EXM_EXCH_ID,SEM_SEGMENT,SEM_SMST_SECURITY_ID,SEM_INSTRUMENT_NAME,"
            + "SEM_EXPIRY_CODE,SEM_TRADING_SYMBOL,SEM_LOT_UNITS,SEM_CUSTOM_SYMBOL,SEM_EXPIRY_DATE,SEM_STRIKE_PRICE,"
            + "SEM_OPTION_TYPE,SEM_TICK_SIZE,SEM_EXPIRY_FLAG,SEM_EXCH_INSTRUMENT_TYPE,SEM_SERIES,SM_SYMBOL_NAME\n";
    private static final String NIFTY_ROW = "NSE,I,13,INDEX,0,NIFTY,1,Nifty 50,0001-01-01,,XX,0.05,,INDEX,X,NIFTY\n";
    private static final LocalDate JAN_06 = LocalDate.of(2026, 1, 6);
    private static final LocalDate JAN_27 = LocalDate.of(2026, 1, 27);

    private static ScripMasterLoad parse(String text) {
        return ScripMaster.parse(new StringReader(text), "test.csv");
    }

    @Test
    void test_parse_compactMapsUnderlyingsBothWays() {
        ScripMasterLoad load = ScripMasters.load(ScripMasters.COMPACT_2026);
        ScripMaster master = load.scripMaster();

        assertThat(load.warnings()).isEmpty();
        assertThat(master.underlying("nifty").orElseThrow().securityId())
                .isEqualTo(new SecurityId(ExchangeSegment.IDX_I, 13));
        assertThat(master.underlying("INDIA VIX").orElseThrow().securityId().id())
                .isEqualTo(21);
        ScripUnderlying reliance = master.underlying("RELIANCE").orElseThrow();
        assertThat(reliance.securityId()).isEqualTo(new SecurityId(ExchangeSegment.NSE_EQ, 2885));
        assertThat(reliance.instrument()).isEqualTo("EQUITY");
        assertThat(master.underlying(new SecurityId(ExchangeSegment.IDX_I, 13))
                        .orElseThrow()
                        .symbol())
                .isEqualTo("NIFTY");
        assertThat(master.underlying("SENSEX")).as("BSE rows are skipped").isEmpty();
    }

    @Test
    void test_parse_compactMapsOptionsBothWays() {
        ScripMaster master = ScripMasters.load(ScripMasters.COMPACT_2026).scripMaster();

        ScripContract call = master.option("NIFTY", JAN_27, 26100.0, Right.CALL).orElseThrow();
        assertThat(call.securityId()).isEqualTo(new SecurityId(ExchangeSegment.NSE_FNO, 58805));
        assertThat(call.unitsPerLot()).isEqualTo(65);
        assertThat(call.expiryKind()).isEqualTo(ExpiryKind.MONTHLY);
        assertThat(call.tradingSymbol()).isEqualTo("NIFTY-Jan2026-26100-CE");
        assertThat(master.contract(new SecurityId(ExchangeSegment.NSE_FNO, 40476))
                        .orElseThrow())
                .satisfies(c -> {
                    assertThat(c.underlying()).isEqualTo("NIFTY");
                    assertThat(c.expiry()).isEqualTo(JAN_06);
                    assertThat(c.strike()).isEqualTo(26150.0);
                    assertThat(c.right()).isEqualTo(Right.PUT);
                    assertThat(c.expiryKind()).isEqualTo(ExpiryKind.WEEKLY);
                });
        assertThat(master.option("RELIANCE", JAN_27, 1580.0, Right.PUT)
                        .orElseThrow()
                        .securityId()
                        .id())
                .isEqualTo(136213);
        assertThat(master.option("RELIANCE", JAN_27, 1580.0, Right.PUT)
                        .orElseThrow()
                        .unitsPerLot())
                .isEqualTo(500);
        assertThat(master.expiries("NIFTY")).containsExactly(JAN_06, JAN_27);
        assertThat(master.options("NIFTY", JAN_27))
                .hasSize(6)
                .first()
                .satisfies(c -> assertThat(c.right()).isEqualTo(Right.CALL));
        assertThat(master.contractCount()).as("the future is skipped").isEqualTo(18);
        assertThat(master.optionUnderlyings(JAN_06)).containsExactly("NIFTY", "RELIANCE");
        assertThat(master.optionUnderlyings(JAN_27.plusDays(1))).isEmpty();
    }

    @Test
    void test_parse_detailedUsesUnderlyingSymbolAndIndexRow() {
        ScripMasterLoad load = ScripMasters.load(ScripMasters.DETAILED_2026);
        ScripMaster master = load.scripMaster();

        assertThat(load.warnings()).isEmpty();
        assertThat(master.underlying("NIFTY").orElseThrow().securityId().id())
                .as("the IDX_I row, not UNDERLYING_SECURITY_ID 26000")
                .isEqualTo(13);
        assertThat(master.option("NIFTY", JAN_27, 26150, Right.PUT)
                        .orElseThrow()
                        .securityId()
                        .id())
                .isEqualTo(58808);
        assertThat(master.option("BAJAJ-AUTO", JAN_27, 9000, Right.CALL)
                        .orElseThrow()
                        .unitsPerLot())
                .isEqualTo(75);
        assertThat(master.underlying("BAJAJ-AUTO").orElseThrow().displayName()).isEqualTo("Bajaj Auto");
    }

    @Test
    void test_parse_hyphenatedUnderlyingFromCompactSymbol() {
        String row = "NSE,D,140001,OPTSTK,0,BAJAJ-AUTO-Jan2026-9000-CE,75,BAJAJ-AUTO 27 JAN 9000 CALL,"
                + "2026-01-27,9000,CE,50,,OP,NA,\n";
        ScripMaster master = parse(COMPACT_HEADER + row).scripMaster();

        ScripContract c = master.option("BAJAJ-AUTO", JAN_27, 9000, Right.CALL).orElseThrow();
        assertThat(c.expiryKind()).as("no flag: last expiry of the month").isEqualTo(ExpiryKind.MONTHLY);
    }

    @Test
    void test_parse_malformedRowsSkippedWithFileAndLine() {
        String text = COMPACT_HEADER
                + NIFTY_ROW
                + "NSE,D,58805,OPTIDX,0,NIFTY-Jan2026-26100-CE,65\n"
                + "NSE,D,58806,OPTIDX,0,NIFTY-Jan2026-26100-PE,65,x,2026-01-27,abc,PE,5,M,OP,NA,\n"
                + "NSE,D,58807,OPTIDX,0,NIFTY-Jan2026-26150-CE,65,x,,26150,CE,5,M,OP,NA,\n"
                + "NSE,D,58808,OPTIDX,0,NIFTY-Jan2026-26150-XX,65,x,2026-01-27,26150,XX,5,M,OP,NA,\n"
                + "NSE,D,58809,OPTIDX,0,NIFTY-Jan2026-26200-CE,65,x,2026-01-27,26200,CE,5,M,OP,NA,\n";
        ScripMasterLoad load = parse(text);

        assertThat(load.warnings())
                .extracting(ScripWarning::toString)
                .containsExactly(
                        "test.csv:3: expected 16 fields but found 7",
                        "test.csv:4: unreadable value: For input string: \"abc\"",
                        "test.csv:5: option NIFTY-Jan2026-26150-CE has no expiry date",
                        "test.csv:6: option NIFTY-Jan2026-26150-XX: right must be CALL or PUT but was 'XX'");
        assertThat(load.scripMaster().contractCount()).isEqualTo(1);
    }

    @Test
    void test_parse_quotedFieldWithComma() {
        String row = "NSE,E,2885,EQUITY,0,RELIANCE,1,\"Reliance Industries, Ltd\",,,,10,NA,ES,EQ,RELIANCE\n";
        ScripMaster master = parse(COMPACT_HEADER + row).scripMaster();

        assertThat(master.underlying("RELIANCE").orElseThrow().displayName()).isEqualTo("Reliance Industries, Ltd");
    }

    @Test
    void test_parse_wrongHeaderFailsNamingFile() {
        assertThatThrownBy(() -> parse("SYMBOL,SERIES,DATE1\nRELIANCE,EQ,01-Jan-2026\n"))
                .isInstanceOf(MarketDataException.class)
                .hasMessageStartingWith("test.csv:1: not a Dhan scrip master");
        assertThatThrownBy(() -> parse("SEM_SMST_SECURITY_ID,SEM_SEGMENT\n13,I\n"))
                .hasMessageContaining("test.csv:1: compact scrip master lacks columns [SEM_EXM_EXCH_ID");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("test.csv: empty file");
    }

    @Test
    void test_parse_impossibleValueFailsNamingLine() {
        String row = "NSE,D,58805,OPTIDX,0,NIFTY-Jan2026-0-CE,65,x,2026-01-27,-5,CE,5,M,OP,NA,\n";
        assertThatThrownBy(() -> parse(COMPACT_HEADER + NIFTY_ROW + row))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("test.csv:3: impossible strike -5.0 of NIFTY-Jan2026-0-CE");
        String lot = "NSE,D,58805,OPTIDX,0,NIFTY-Jan2026-100-CE,65.5,x,2026-01-27,100,CE,5,M,OP,NA,\n";
        assertThatThrownBy(() -> parse(COMPACT_HEADER + lot)).hasMessage("test.csv:2: impossible lot 65.5");
    }

    @Test
    void test_parse_duplicateIdFailsNamingBothLines() {
        assertThatThrownBy(() -> parse(COMPACT_HEADER + NIFTY_ROW + NIFTY_ROW))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("test.csv:3: security id IDX_I:13 already listed on line 2");
    }

    @Test
    void test_load_readsFileAndNamesMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("api-scrip-master.csv");
        Files.writeString(file, "\uFEFF" + COMPACT_HEADER + NIFTY_ROW);

        assertThat(ScripMaster.load(file).scripMaster().underlying("NIFTY")).isPresent();
        assertThatThrownBy(() -> ScripMaster.load(dir.resolve("missing.csv")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("missing.csv");
    }
}
