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
                .hasMessageContaining("t.csv has 12 malformed rows")
                .hasMessageContaining("t.csv:2");
    }

    @Test
    void test_parse_fewMalformedRowsAreWarnings() throws IOException {
        Path file = Files.write(dir.resolve("t.csv"), List.of("X", "1", "bad", "", "3"));

        var parsed = CsvTable.parse(file, "test", List.of("X"), f -> f.number("X"));

        assertThat(parsed.rows()).containsExactly(1.0, 3.0);
        assertThat(parsed.warnings())
                .singleElement()
                .extracting(RowWarning::line)
                .isEqualTo(3);
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
