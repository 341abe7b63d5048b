package io.optionsv4.marketdata.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

    @TempDir
    Path root;

    @Test
    void test_dataDir_walksUpFromWorkingDirectory() throws IOException {
        Path data = Files.createDirectories(root.resolve("shared/data"));
        Path module = Files.createDirectories(root.resolve("wt/reference/marketdata"));
        assertThat(SharedData.dataDir(null, module)).isEqualTo(data);
    }

    @Test
    void test_dataDir_propertyOverridesSearch() throws IOException {
        Path data = Files.createDirectories(root.resolve("elsewhere/data"));
        assertThat(SharedData.dataDir(root.resolve("elsewhere").toString(), Path.of("/")))
                .isEqualTo(data);
    }

    @Test
    void test_dataDir_missingNamesStart() {
        assertThatThrownBy(() -> SharedData.dataDir(null, root))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(root.toString());
        assertThatThrownBy(() -> SharedData.dataDir(root.toString(), root)).hasMessageContaining(SharedData.PROPERTY);
    }

    @Test
    void test_dataDir_findsTheRealFiles() {
        assertThat(SharedData.file("README.md")).exists();
    }
}
