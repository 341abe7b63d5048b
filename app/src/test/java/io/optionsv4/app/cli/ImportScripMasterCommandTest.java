package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.optionsv4.app.testdata.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportScripMasterCommandTest {

    private static byte[] sample() throws IOException {
        try (InputStream in = ImportScripMasterCommandTest.class.getResourceAsStream("scrip-master.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void test_import_installsTheFileAndNamesSkippedRows(@TempDir Path home) throws IOException {
        Path file = home.resolve("download.csv");
        Files.write(file, sample());

        Cli.Run run = Cli.run(
                "", false, Map.of("OPTIONS_V4_HOME", home.toString()), "data", "import-scrip-master", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("2 underlyings, 6 option contracts, 1 rows skipped")
                .contains("download.csv:10");
        assertThat(home.resolve("scrip-master.csv")).hasBinaryContent(sample());
    }

    @Test
    void test_import_badFileKeepsTheInstalledOne(@TempDir Path home) throws IOException {
        Path installed = home.resolve("scrip-master.csv");
        Files.write(installed, sample());
        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "not,a,scrip,master\n1,2,3,4\n");

        Cli.Run run = Cli.run(
                "", false, Map.of("OPTIONS_V4_HOME", home.toString()), "data", "import-scrip-master", bad.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("bad.csv");
        assertThat(installed).hasBinaryContent(sample());
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("scrip-master.csv", "bad.csv");
        }
    }

    @Test
    void test_import_downloadsWhenNoFileIsGiven(@TempDir Path home) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = sample();
        server.createContext("/api-scrip-master.csv", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api-scrip-master.csv";
            Cli.Run run = Cli.run(
                    "", false, Map.of("OPTIONS_V4_HOME", home.toString()), "data", "import-scrip-master", "--url", url);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(home.resolve("scrip-master.csv")).hasBinaryContent(body);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void test_import_refusedConnectionSaysSoInWords(@TempDir Path home) throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/api-scrip-master.csv";
        Cli.Run run = Cli.run(
                "", false, Map.of("OPTIONS_V4_HOME", home.toString()), "data", "import-scrip-master", "--url", url);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("could not connect").doesNotContain("null");
    }

    @Test
    void test_dhanData_namesTheMissingCredentialsAndScripMaster(@TempDir Path home) {
        Cli.Run noCredentials = Cli.run(
                "", false, Map.of("OPTIONS_V4_HOME", home.toString()), "--data", "dhan", "data", "quotes", "NIFTY");
        assertThat(noCredentials.exitCode()).isEqualTo(3);
        assertThat(noCredentials.err()).contains("DHAN_CLIENT_ID").contains("DHAN_ACCESS_TOKEN");

        Map<String, String> environment = Map.of(
                "OPTIONS_V4_HOME",
                home.toString(),
                "DHAN_CLIENT_ID",
                "1000000001",
                "DHAN_ACCESS_TOKEN",
                "secret-token");
        Cli.Run noScripMaster = Cli.run("", false, environment, "--data", "dhan", "data", "quotes", "NIFTY");
        assertThat(noScripMaster.exitCode()).isEqualTo(3);
        assertThat(noScripMaster.err()).contains("import-scrip-master").doesNotContain("secret-token");
    }
}
