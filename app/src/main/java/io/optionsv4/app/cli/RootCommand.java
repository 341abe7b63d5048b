package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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
            "Market data options (--data, --data-dir, --as-of, --seed) may come before or after a command that"
                    + " reads market data (analyze, execute, status, data quotes, data chain, iv collect,"
                    + " data update-trade-prices).",
            ""
        },
        subcommands = {
            AnalyzeCommand.class,
            AllocateCommand.class,
            MarkCommand.class,
            ExecuteCommand.class,
            StatusCommand.class,
            MonitorCommand.class,
            CloseCommand.class,
            DailyCommand.class,
            BacktestCommand.class,
            DataCommand.class,
            PriceCommand.class,
            PayoffCommand.class,
            IvCommand.class,
            CheckCommand.class,
            CleanupCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Run 'options-v4 COMMAND --help' for a command's options.",
            "Exit codes: 0 ok, 1 failure, 2 usage error, 3 broker or data unavailable."
        })
public final class RootCommand implements Runnable {

    static final int EXIT_USAGE = 2;
    static final int EXIT_UNAVAILABLE = 3;

    @Spec
    private CommandSpec spec;

    @Mixin
    private GlobalOptions global;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            scope = ScopeType.INHERIT,
            description = "Colour: auto (on a terminal unless NO_COLOR is set; the default), always or never.")
    private Console.ColorChoice color = Console.ColorChoice.AUTO;

    private final Console console;

    RootCommand(Console console) {
        this.console = console;
    }

    /** Returns the screen the command of {@code spec} writes to: width and colour. */
    static Screen screen(CommandSpec spec) {
        RootCommand root = (RootCommand) spec.root().userObject();
        return root.console.screen(root.color);
    }

    /** Returns the console of the command line that {@code spec} belongs to. */
    static Console console(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).console;
    }

    /** Returns the global options of the command line that {@code spec} belongs to. */
    static GlobalOptions globalOptions(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).global;
    }

    /**
     * Builds the command line of the running process: standard input, and a terminal when the launcher said so (system
     * property {@code optionsv4.terminal=true}).
     */
    public static CommandLine commandLine() {
        Map<String, String> environment = System.getenv();
        return commandLine(
                System.in,
                Console.detect(
                        Boolean.getBoolean("optionsv4.terminal"),
                        Boolean.getBoolean("optionsv4.stderr.terminal"),
                        environment),
                environment,
                Clock.systemUTC(),
                ProjectData.locate());
    }

    /**
     * Builds the command line as {@link #commandLine(InputStream, Console, Map, Clock, Optional)} with a console
     * whose standard output is a terminal when {@code terminal} (80 columns or {@code COLUMNS}, no terminal on
     * standard error).
     */
    public static CommandLine commandLine(
            InputStream stdin,
            boolean terminal,
            Map<String, String> environment,
            Clock clock,
            Optional<Path> projectData) {
        Console none = Console.none(environment);
        Console console = new Console(terminal, false, none.columns(), none.colorForbidden());
        return commandLine(stdin, console, environment, clock, projectData);
    }

    /**
     * Builds the command line with the project's exit-code mapping; commands read standard input from {@code stdin},
     * write terminal-friendly output when {@code terminal}, take configuration and credentials from {@code
     * environment}, today from {@code clock}, and replay the project's NSE files {@code projectData} by default.
     */
    public static CommandLine commandLine(
            InputStream stdin,
            Console console,
            Map<String, String> environment,
            Clock clock,
            Optional<Path> projectData) {
        boolean terminal = console.stdoutTerminal();
        MarketDataFactory marketDataFactory = new MarketDataFactory(environment, clock, projectData);
        StoreFactory storeFactory = new StoreFactory(environment, Path.of(System.getProperty("user.home")));
        DailyCommand.Steps steps = (args, out, err) -> {
            CommandLine step = commandLine(stdin, console, environment, clock, projectData);
            step.setOut(out);
            step.setErr(err);
            return step.execute(args.toArray(String[]::new));
        };
        CommandLine commandLine = new CommandLine(
                new RootCommand(console),
                new CommandFactory(
                        stdin, terminal, environment, marketDataFactory, storeFactory, clock, steps, projectData));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, Errors::date);
        commandLine.setParameterExceptionHandler(Errors::usage);
        commandLine.setExecutionExceptionHandler(Errors::execution);
        commandLine.setExecutionStrategy(parseResult -> {
            Errors.refuseMarketDataOptions(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates the subcommands that need the process's standard input or terminal; picocli creates the rest. */
    private record CommandFactory(
            InputStream stdin,
            boolean terminal,
            Map<String, String> environment,
            MarketDataFactory marketDataFactory,
            StoreFactory storeFactory,
            Clock clock,
            DailyCommand.Steps steps,
            Optional<Path> projectData)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == PayoffCommand.class) {
                return type.cast(new PayoffCommand(stdin, terminal, clock));
            }
            if (type == DailyCommand.class) {
                return type.cast(new DailyCommand(steps, environment, clock));
            }
            if (type == BacktestCommand.class) {
                return type.cast(new BacktestCommand(storeFactory, environment, clock, projectData));
            }
            if (type == BacktestRunsCommand.class) {
                return type.cast(new BacktestRunsCommand(storeFactory));
            }
            if (type == BacktestShowCommand.class) {
                return type.cast(new BacktestShowCommand(storeFactory, environment));
            }
            if (type == BacktestCompareCommand.class) {
                return type.cast(new BacktestCompareCommand(storeFactory));
            }
            if (type == PriceCommand.class) {
                return type.cast(new PriceCommand(stdin));
            }
            if (type == QuotesCommand.class) {
                return type.cast(new QuotesCommand(marketDataFactory));
            }
            if (type == ChainCommand.class) {
                return type.cast(new ChainCommand(marketDataFactory));
            }
            if (type == ImportScripMasterCommand.class) {
                return type.cast(new ImportScripMasterCommand(environment));
            }
            K store = createStoreCommand(type);
            return store != null ? store : CommandLine.defaultFactory().create(type);
        }

        private <K> K createStoreCommand(Class<K> type) {
            Object command = null;
            if (type == IvCollectCommand.class) {
                command = new IvCollectCommand(marketDataFactory, storeFactory);
            } else if (type == AnalyzeCommand.class) {
                command = new AnalyzeCommand(marketDataFactory, storeFactory, environment, clock, terminal);
            } else if (type == AllocateCommand.class) {
                command = new AllocateCommand(marketDataFactory, storeFactory, environment, clock);
            } else if (type == ExecuteCommand.class) {
                command = new ExecuteCommand(marketDataFactory, storeFactory, environment, clock);
            } else if (type == MarkCommand.class) {
                command = new MarkCommand(storeFactory, stdin, terminal, clock);
            } else if (type == StatusCommand.class) {
                command = new StatusCommand(marketDataFactory, storeFactory, clock);
            } else if (type == UpdateTradePricesCommand.class) {
                command = new UpdateTradePricesCommand(marketDataFactory, storeFactory, clock);
            } else if (type == MonitorLegacyCommand.class) {
                command = new MonitorLegacyCommand(marketDataFactory, storeFactory, environment, clock);
            } else if (type == MonitorRealtimeCommand.class) {
                command = new MonitorRealtimeCommand(marketDataFactory, storeFactory, environment, clock);
            } else if (type == MonitorInteractiveCommand.class) {
                command = new MonitorInteractiveCommand(marketDataFactory, storeFactory, environment, clock, steps);
            } else if (type == CloseCommand.class) {
                command = new CloseCommand(marketDataFactory, storeFactory, environment, clock);
            } else if (type == IvAnalyzeCommand.class) {
                command = new IvAnalyzeCommand(storeFactory);
            } else if (type == CheckCommand.class) {
                command = new CheckCommand(storeFactory, clock);
            } else if (type == CleanupCommand.class) {
                command = new CleanupCommand(storeFactory, clock);
            } else if (type == ImportIndustryAllocationsCommand.class) {
                command = new ImportIndustryAllocationsCommand(storeFactory, clock);
            }
            return command == null ? null : type.cast(command);
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
