package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A fuzz pass over the replay parsers: one random corruption of one line of a small valid file (a character replaced,
 * inserted or the line cut) gives either an error naming the file and a line, or the row in the warnings at its line,
 * or a row that still parses; never a silently dropped row, never another exception.
 */
class ReplayParserFuzzProperties {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final List<String> FO = List.of(
            "INSTRUMENT,SYMBOL,EXPIRY_DT,STRIKE_PR,OPTION_TYP,OPEN,HIGH,LOW,CLOSE,SETTLE_PR,CONTRACTS,VAL_INLAKH,"
                    + "OPEN_INT,CHG_IN_OI,TIMESTAMP,",
            "FUTIDX,NIFTY,30-Jan-2020,0,XX,12250,12270,12220,12243.8,12243.8,100,1,1000,75,01-JAN-2020,",
            "OPTIDX,NIFTY,30-Jan-2020,12200,CE,178.7,183.65,159.5,165,165,17676,163969.76,1639500,30150,01-JAN-2020,",
            "OPTIDX,NIFTY,30-Jan-2020,9000,PE,0,0,0,0.5,0.35,0,0,75,0,01-JAN-2020,",
            "OPTSTK,INFY,30-Jan-2020,740,CE,10.5,11,9.8,10.2,10.2,250,22.5,480000,-1200,01-JAN-2020,");
    private static final List<String> CASH = List.of(
            "SYMBOL,SERIES,OPEN,HIGH,LOW,CLOSE,LAST,PREVCLOSE,TOTTRDQTY,TOTTRDVAL,TIMESTAMP,TOTALTRADES,ISIN,",
            "RELIANCE,EQ,1518,1527.1,1505.5,1509.6,1511.8,1514.05,6402372,9701063103.4,01-JAN-2020,122265,"
                    + "INE002A01018,",
            "INFY,EQ,735,738,731.2,736.85,736.5,732.3,3100000,2280000000,01-JAN-2020,70000,INE009A01021,",
            "TCS,EQ,2168,2183.9,2154,2167.6,2167,2164.2,1354908,2936000000,01-JAN-2020,80000,INE467B01029,");
    private static final List<String> INDEX = List.of(
            "Date,Close,High,Low,Open,Volume",
            "2019-12-31,12168.4501953125,12247.099609375,12151.7998046875,12247.099609375,277000",
            "2020-01-01,12182.5,12222.2001953125,12165.2998046875,12202.150390625,304100",
            "2020-01-02,12282.2001953125,12289.900390625,12195.25,12198.5498046875,407700");

    @Property(tries = 400)
    void test_parse_corruptedLineIsReportedOrFailsNamingTheLine(
            @ForAll("files") int which,
            @ForAll @IntRange(min = 1, max = 3) int line,
            @ForAll("corruptions") Corruption corruption,
            @ForAll @IntRange(min = 0, max = 200) int position)
            throws IOException {
        List<String> lines = new ArrayList<>(which == 0 ? FO : which == 1 ? CASH : INDEX);
        lines.set(line, corruption.apply(lines.get(line), position));
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, lines, StandardCharsets.ISO_8859_1);
            check(file, which, line, lines.size() - 1);
        } finally {
            Files.delete(file);
        }
    }

    private static void check(Path file, int which, int corrupted, int dataLines) {
        AtomicInteger skipped = new AtomicInteger();
        CsvTable.RowParser<Object> parser = f -> {
            Object row = switch (which) {
                case 0 -> FoBhavcopyLoader.oldRow(f, DAY);
                case 1 -> CashBhavcopyLoader.oldRow(f, DAY);
                default -> IndexHistoryLoader.row(f);
            };
            if (row == null) {
                skipped.incrementAndGet();
            }
            return row;
        };
        try {
            CsvTable.Parsed<Object> parsed = CsvTable.parse(
                    file, new CsvTable.Spec("fuzz", List.of(), "SYMBOL"), DataQualityPolicy.DEFAULT, parser);
            assertThat(parsed.rows().size() + parsed.warnings().size() + skipped.get())
                    .as("every data line is a row, a warning or another series")
                    .isEqualTo(dataLines);
            assertThat(parsed.warnings()).allSatisfy(w -> {
                assertThat(w.line()).isEqualTo(corrupted + 1);
                assertThat(w.message()).doesNotContain("\u001b", "\u0000");
            });
        } catch (MarketDataException e) {
            assertThat(e.getMessage()).contains(file.toString() + ":");
        }
    }

    @Provide
    Arbitrary<Integer> files() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        Arbitrary<Character> chars = Arbitraries.of(
                'x', ',', '\u001b', 'N', '.', '-', '0', ' ', '\t', 'é', '\u0000', 'e', 'd', '+', '9', ':', '\u00ff');
        return Arbitraries.oneOf(
                chars.map(c -> (text, at) -> replace(text, at, c)),
                chars.map(c -> (text, at) -> insert(text, at, c)),
                Arbitraries.just((text, at) -> text.substring(0, at % (text.length() + 1))),
                Arbitraries.of("NaN", "Infinity", "0x1p3", "1e999", "8d", "-1")
                        .map(v -> (text, at) -> field(text, at, v)));
    }

    /** One way to damage a line at a position. */
    @FunctionalInterface
    interface Corruption {
        String apply(String text, int position);
    }

    private static String replace(String text, int at, char c) {
        int i = at % text.length();
        return text.substring(0, i) + c + text.substring(i + 1);
    }

    private static String insert(String text, int at, char c) {
        int i = at % (text.length() + 1);
        return text.substring(0, i) + c + text.substring(i);
    }

    private static String field(String text, int at, String value) {
        String[] fields = text.split(",", -1);
        fields[at % fields.length] = value;
        return String.join(",", fields);
    }
}
