package io.optionsv4.app.testdata;

import io.optionsv4.app.cli.RootCommand;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code options-v4} in-process against the test JVM's one embedded database: a temporary {@code OPTIONS_V4_HOME}
 * whose server an anchor handle keeps running until the JVM exits, so each command attaches instead of starting one.
 */
public final class StoreCli {

    /** The fixed "now" of store command tests: 1 March 2020, 10:00 in India. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-01T04:30:00Z"), ZoneOffset.UTC);

    private static Path home;
    private static Database anchor;

    private StoreCli() {}

    /** Returns the shared database (never close it). */
    public static synchronized Database database() {
        if (anchor == null) {
            try {
                home = Files.createTempDirectory("options-v4-app-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            anchor = Database.open(DbConfig.embedded(home));
        }
        return anchor;
    }

    /** Returns the {@code OPTIONS_V4_HOME} of the shared database (results and logs of the runs land here). */
    public static synchronized Path home() {
        database();
        return home;
    }

    /** Runs {@code args} with the shared database's home. */
    public static Cli.Run run(String... args) {
        database();
        return run(Map.of(DbConfig.HOME_VARIABLE, home.toString()), args);
    }

    /** Runs {@code args} with the store configured from {@code environment}. */
    public static Cli.Run run(Map<String, String> environment, String... args) {
        return run(environment, CLOCK, args);
    }

    /** Runs {@code args} with the store configured from {@code environment}, "now" read from {@code clock}. */
    public static Cli.Run run(Map<String, String> environment, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(
                new ByteArrayInputStream(new byte[0]), false, environment, clock, ProjectData.locate());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }
}
