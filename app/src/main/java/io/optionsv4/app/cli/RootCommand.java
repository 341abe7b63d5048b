package io.optionsv4.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code options-v4} root command: global options, {@code --help}, {@code --version} and the subcommands. */
@Command(
        name = "options-v4",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        sortOptions = false,
        description = {
            "Options V4: NSE option strategies, from analysis to execution and monitoring.",
            "",
            "Calculators (work today, no set-up):"
        },
        subcommands = {PriceCommand.class, PayoffCommand.class, CommandLine.HelpCommand.class},
        footer = {
            "",
            "Run 'options-v4 COMMAND --help' for a command's options.",
            "Exit codes: 0 ok, 1 failure, 2 usage error, 3 broker or data unavailable."
        })
public final class RootCommand implements Runnable {

    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    /**
     * Builds the command line of the running process: standard input, and a terminal when the launcher said so (system
     * property {@code optionsv4.terminal=true}).
     */
    public static CommandLine commandLine() {
        return commandLine(System.in, Boolean.getBoolean("optionsv4.terminal"));
    }

    /**
     * Builds the command line with the project's exit-code mapping; commands read standard input from {@code stdin}
     * and write terminal-friendly output when {@code terminal}.
     */
    public static CommandLine commandLine(InputStream stdin, boolean terminal) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new CommandFactory(stdin, terminal));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("options-v4 " + cmd.getCommandName() + ": " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? EXIT_USAGE : 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates the subcommands that need the process's standard input or terminal; picocli creates the rest. */
    private record CommandFactory(InputStream stdin, boolean terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PayoffCommand.class) {
                return type.cast(new PayoffCommand(stdin, terminal));
            }
            if (type == PriceCommand.class) {
                return type.cast(new PriceCommand(stdin));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = RootCommand.class.getResourceAsStream("/io/optionsv4/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version resource", e);
            }
            return new String[] {
                "options-v4 " + properties.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
