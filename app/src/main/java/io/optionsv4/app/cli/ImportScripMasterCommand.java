package io.optionsv4.app.cli;

import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.SafeText;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripMasterLoad;
import io.optionsv4.dhan.scrip.ScripWarning;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 data import-scrip-master [FILE]}: validates Dhan's scrip master (compact or detailed CSV) and
 * installs it in the home directory, where {@code --data dhan} reads security ids from. Without FILE it downloads the
 * file from Dhan. A file that does not parse leaves the installed one as it was.
 */
@Command(
        name = "import-scrip-master",
        mixinStandardHelpOptions = true,
        description = {
            "Validates Dhan's scrip master (api-scrip-master.csv or the detailed form) and installs it as",
            "$OPTIONS_V4_HOME/" + OptionsV4Home.SCRIP_MASTER + " for --data dhan. Without FILE it is downloaded",
            "from --url. Malformed rows are listed with their line; a file that cannot be read installs nothing."
        })
public final class ImportScripMasterCommand implements Callable<Integer> {

    /** Dhan's published compact scrip master. */
    public static final String DEFAULT_URL = "https://images.dhan.co/api-data/api-scrip-master.csv";

    /** Warnings printed in full; the rest are counted. */
    static final int WARNINGS_SHOWN = 10;

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The CSV to import (default: download it).")
    private Path file;

    @Option(names = "--url", paramLabel = "URL", description = "Where to download from (default: " + DEFAULT_URL + ").")
    private URI url;

    /** Creates the command for the process {@code environment} (home directory). */
    public ImportScripMasterCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path home = OptionsV4Home.resolve(environment);
        Files.createDirectories(home);
        Path incoming = Files.createTempFile(home, ".scrip-master-", ".csv.tmp");
        try {
            String source = fetch(incoming);
            ScripMasterLoad load;
            try (Reader reader = Files.newBufferedReader(incoming, StandardCharsets.UTF_8)) {
                load = ScripMaster.parse(reader, source);
            }
            Path target = home.resolve(OptionsV4Home.SCRIP_MASTER);
            Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            report(spec.commandLine().getOut(), source, target, load);
            return 0;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    private String fetch(Path incoming) throws IOException, InterruptedException {
        if (file != null) {
            try {
                Files.copy(file, incoming, StandardCopyOption.REPLACE_EXISTING);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("scrip master file not found: " + file, e);
            }
            return file.toString();
        }
        URI from = url != null ? url : URI.create(DEFAULT_URL);
        spec.commandLine().getErr().println("options-v4: downloading " + from + " ...");
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            HttpRequest request = HttpRequest.newBuilder(from)
                    .timeout(Duration.ofMinutes(2))
                    .GET()
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new MarketDataException(
                            "downloading the scrip master from " + from + " failed: HTTP " + response.statusCode());
                }
                Files.copy(body, incoming, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MarketDataException("cannot download the scrip master from " + from + ": " + reason(e), e);
        }
        return from.toString();
    }

    /** Says why a download failed in words, also when the exception carries no message (a refused connection). */
    static String reason(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect (refused, or no network)";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "network error" : SafeText.escape(message);
    }

    private static void report(PrintWriter out, String source, Path target, ScripMasterLoad load) {
        ScripMaster master = load.scripMaster();
        out.printf(
                "Installed %s as %s: %d underlyings, %d option contracts, %d rows skipped.%n",
                source,
                target,
                master.underlyings().size(),
                master.contractCount(),
                load.warnings().size());
        load.warnings().stream()
                .limit(WARNINGS_SHOWN)
                .map(ScripWarning::toString)
                .forEach(w -> out.println("  " + w));
        if (load.warnings().size() > WARNINGS_SHOWN) {
            out.printf("  ... and %d more%n", load.warnings().size() - WARNINGS_SHOWN);
        }
        out.flush();
    }
}
