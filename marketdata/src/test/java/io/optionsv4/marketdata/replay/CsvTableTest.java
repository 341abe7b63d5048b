package io.optionsv4.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting, the malformed-row budget and unreadable files. */
class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void test_split_keepsEmptyFieldsAndStrips() {
        assertThat(CsvTable.split("A, B,,C,")).containsExactly("A", "B", "", "C", "");
    }

    @Test
    void test_parse_tooManyMalformedRowsFailTheFile() throws IOException {
        List<String> lines = new ArrayList<>(List.of("X"));
        for (int i = 0; i < 100; i++) {
            lines.add(i < 12 ? "bad" : "1");
        }
        Path file = Files.write(dir.resolve("t.csv"), lines);

        assertThatThrownBy(() -> CsvTable.parse(file, "test", List.of("X"), f -> (long) f.number("X")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("t.csv has 12 rejected rows")
                .hasMessageContaining("t.csv:2");
    }

    @Test
    void test_parse_fewMalformedRowsAreWarnings() throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), List.of("X", "1", "bad", "", "3"));

        var parsed = CsvTable.parse(file, "test", List.of("X"), f -> f.number("X"));

        assertThat(parsed.rows()).containsExactly(1.0, 3.0);
        assertThat(parsed.warnings()).extracting(RowWarning::line).containsExactly(3, 4);
        assertThat(parsed.warnings().get(0).issue()).isEqualTo(DataIssue.NOT_A_NUMBER);
        assertThat(parsed.warnings().get(0).field()).isEqualTo("X");
    }

    @Test
    void test_parse_lastLineWithoutLineEndRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "X\n1\n2\n3");

        assertThatThrownBy(() -> CsvTable.parse(file, "test", List.of("X"), f -> f.number("X")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("t.csv:4")
                .hasMessageContaining("cut off");
    }

    @Test
    void test_parse_hexFloatsSuffixesAndNanRejectedNotRead() throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), List.of("X", "0x1p3", "8d", "NaN", "Infinity", "2"));

        var parsed = CsvTable.parse(file, "test", List.of("X"), f -> f.number("X"));

        assertThat(parsed.rows()).containsExactly(2.0);
        assertThat(parsed.warnings()).extracting(RowWarning::issue).containsOnly(DataIssue.NOT_A_NUMBER);
        assertThat(parsed.warnings()).extracting(RowWarning::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void test_parse_strictPolicyRefusesAtTheFirstRejectedRow() throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), List.of("X", "1", "x"));

        assertThatThrownBy(() -> CsvTable.parse(
                        file,
                        new CsvTable.Spec("test", List.of("X"), "X"),
                        DataQualityPolicy.STRICT,
                        f -> f.number("X")))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("t.csv:3");
    }

    @Test
    void test_parse_controlCharactersInRowsEscapedInWarnings() throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), List.of("X", "\u001b[2J" + "9".repeat(500)));

        var parsed = CsvTable.parse(file, "test", List.of("X"), f -> f.number("X"));

        assertThat(parsed.warnings().get(0).message()).doesNotContain("\u001b").hasSizeLessThan(320);
    }

    @Test
    void test_parse_missingFileNamed() {
        Path file = dir.resolve("missing.csv");

        assertThatThrownBy(() -> CsvTable.parse(file, "test", List.of("X"), f -> f))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("missing.csv")
                .hasCauseInstanceOf(IOException.class);
    }
}
