package io.optionsv4.marketdata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    private static final String CONTENT = "Date,Close\n2020-01-01,12182.5\r\n2020-01-02,12282.2\n";

    @TempDir
    Path dir;

    @Test
    void test_readAllLines_plainAndGzippedAlike() throws IOException {
        Path plain = Files.writeString(dir.resolve("nifty50.csv"), CONTENT);
        Path gzipped = gzip(dir.resolve("copy.csv.GZ"), CONTENT);

        assertThat(DataFiles.readAllLines(gzipped, StandardCharsets.UTF_8))
                .containsExactly("Date,Close", "2020-01-01,12182.5", "2020-01-02,12282.2")
                .isEqualTo(DataFiles.readAllLines(plain, StandardCharsets.UTF_8));
        assertThat(DataFiles.readString(gzipped, StandardCharsets.UTF_8)).isEqualTo(CONTENT);
    }

    @Test
    void test_open_corruptGzipNamesTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("fo01JAN2020bhav.csv.gz"), "not gzip at all");

        assertThatThrownBy(() -> DataFiles.readString(bad, StandardCharsets.UTF_8))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(bad.toString());
    }

    @Test
    void test_contentName_stripsOnlyATrailingGz() {
        assertThat(DataFiles.contentName("fo01JAN2020bhav.csv.gz")).isEqualTo("fo01JAN2020bhav.csv");
        assertThat(DataFiles.contentName("indiavix.csv.GZ")).isEqualTo("indiavix.csv");
        assertThat(DataFiles.contentName("indiavix.csv")).isEqualTo("indiavix.csv");
        assertThat(DataFiles.contentName("a.gz.csv")).isEqualTo("a.gz.csv");
    }

    @Test
    void test_resolve_plainFirstThenGzipped() throws IOException {
        gzip(dir.resolve("a.csv.gz"), CONTENT);
        assertThat(DataFiles.resolve(dir, "a.csv")).contains(dir.resolve("a.csv.gz"));

        Files.writeString(dir.resolve("a.csv"), CONTENT);
        assertThat(DataFiles.resolve(dir, "a.csv")).contains(dir.resolve("a.csv"));
        assertThat(DataFiles.resolve(dir, "b.csv")).isEmpty();
    }

    private static Path gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
