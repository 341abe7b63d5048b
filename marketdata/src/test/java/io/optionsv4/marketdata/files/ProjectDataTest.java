package io.optionsv4.marketdata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDataTest {

    /** A row of the SHA-256 table at the end of {@code data/README.md}. */
    private static final Pattern CHECKSUM_ROW = Pattern.compile("^\\| `([^`]+)` \\| `([0-9a-f]{64})` \\|$");

    @TempDir
    Path root;

    @Test
    void test_locate_walksUpToTheCheckoutHoldingData() throws IOException {
        Path data = dataDirectory(root.resolve("data"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path classes = Files.createDirectories(root.resolve("marketdata/target/classes"));

        assertThat(ProjectData.locate(null, Optional.of(classes))).contains(data);
    }

    @Test
    void test_locate_ignoresADataFolderOutsideACheckout() throws IOException {
        dataDirectory(root.resolve("data"));
        Path classes = Files.createDirectories(root.resolve("app/target"));

        assertThat(ProjectData.locate(null, Optional.of(classes))).isEmpty();
        assertThat(ProjectData.locate("", Optional.empty())).isEmpty();
    }

    @Test
    void test_locate_propertyOverridesTheSearch() throws IOException {
        Path data = dataDirectory(root.resolve("elsewhere"));

        assertThat(ProjectData.locate(data.toString(), Optional.of(Path.of("/"))))
                .contains(data);
        assertThatThrownBy(() -> ProjectData.locate(root.toString(), Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ProjectData.PROPERTY)
                .hasMessageContaining(root.toString());
    }

    @Test
    void test_file_findsTheGzippedFileByItsContentName() {
        assertThat(ProjectData.file("index_daily/nifty50.csv")).hasFileName("nifty50.csv.gz");
        assertThat(ProjectData.file("README.md")).hasFileName("README.md");
        assertThatThrownBy(() -> ProjectData.file("index_daily/nosuch.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nosuch.csv");
    }

    /**
     * Every bundled file is listed in the README's SHA-256 table and decompresses to exactly the original bytes;
     * nothing is listed that is not there.
     */
    @Test
    void test_files_areTheOriginalsByteForByte() throws IOException {
        Path data = ProjectData.directory();
        Map<String, String> listed = checksums(data.resolve("README.md"));
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("README.md")) {
                    String name = data.relativize(file).toString().replace('\\', '/');
                    assertThat(name).as("bundled files are gzipped").endsWith(DataFiles.GZIP_SUFFIX);
                    actual.put(DataFiles.contentName(name), sha256(file));
                }
            }
        }
        assertThat(listed).hasSizeGreaterThan(100);
        assertThat(actual).isEqualTo(listed);
    }

    private static Map<String, String> checksums(Path readme) throws IOException {
        return Files.readAllLines(readme, StandardCharsets.UTF_8).stream()
                .map(CHECKSUM_ROW::matcher)
                .filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a, TreeMap::new));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(DataFiles.open(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dataDirectory(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fo_bhavcopy"));
        Files.writeString(dir.resolve("README.md"), "# data");
        return dir;
    }
}
