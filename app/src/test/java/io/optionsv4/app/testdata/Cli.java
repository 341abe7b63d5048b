package io.optionsv4.app.testdata;

import io.optionsv4.app.cli.RootCommand;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code options-v4} in-process with a given standard input, capturing the exit code, output and errors. */
public final class Cli {

    private Cli() {}

    /** The outcome of one run. */
    public record Run(int exitCode, String out, String err) {}

    /** Runs {@code args} with {@code stdin} as standard input and a non-terminal output. */
    public static Run run(String stdin, String... args) {
        return run(stdin, false, args);
    }

    /** Runs {@code args} with {@code stdin} as standard input; {@code terminal} as if the output were a terminal. */
    public static Run run(String stdin, boolean terminal, String... args) {
        return run(stdin, terminal, Map.of(), args);
    }

    /** Runs {@code args} with {@code environment} as the process environment (home directory, credentials). */
    public static Run run(String stdin, boolean terminal, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal,
                environment,
                Clock.systemUTC(),
                ProjectData.locate());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
