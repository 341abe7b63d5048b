package io.optionsv4.app.cli;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.BrokerException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Errors for people: one short sentence naming the input and what is expected, then {@code Run 'options-v4 COMMAND
 * --help' for its options.}; never a usage dump, a Java class name, a stack trace or {@code null}. Exit codes: 2 for
 * a usage error (bad flag, bad value, bad input document), 3 when market data or the database is unavailable, 1 for
 * any other failure.
 */
final class Errors {

    private Errors() {}

    /** Converts a {@code YYYY-MM-DD} date argument. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2026-01-29");
        }
    }

    /** Reports a usage error found while parsing: the message, picocli's suggestions, the help line. */
    static int usage(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(prefix(cmd) + sentence(ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(helpLine(cmd));
        err.flush();
        return RootCommand.EXIT_USAGE;
    }

    /** Reports an exception a command threw, and returns its exit code. */
    static int execution(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println(prefix(cmd) + sentence(message(ex)));
        int code;
        if (ex instanceof MarketDataException
                || ex instanceof StoreException
                || ex instanceof ExecutionBroker.LiveUnavailable
                || ex instanceof BrokerException) {
            code = RootCommand.EXIT_UNAVAILABLE;
        } else if (ex instanceof IllegalArgumentException) {
            err.println(helpLine(cmd));
            code = RootCommand.EXIT_USAGE;
        } else {
            code = 1;
        }
        err.flush();
        return code;
    }

    /**
     * Refuses the market data options before a command that reads no market data: {@code options-v4 --as-of D check}
     * would otherwise be silently ignored.
     */
    static void refuseMarketDataOptions(ParseResult parseResult) {
        List<CommandLine> commands = parseResult.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        if (commands.size() > 1
                && RootCommand.globalOptions(parseResult.commandSpec()).any()
                && !(last.getCommand() instanceof GlobalOptions.ReadsMarketData)
                && !parseResult.isUsageHelpRequested()) {
            throw new ParameterException(
                    last,
                    "--data, --data-dir, --as-of and --seed are for the commands that read market data (analyze,"
                            + " allocate, execute, monitor, close, daily, status, data quotes, data chain, iv collect,"
                            + " data update-trade-prices); '"
                            + last.getCommandSpec().qualifiedName(" ")
                            + "' reads none");
        }
    }

    /** Returns the first message in the cause chain, else a sentence that names no class. */
    static String message(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !message.equals("null")) {
                return message;
            }
        }
        return "failed without saying why; please report the command line that led here";
    }

    private static String sentence(String message) {
        return message.replace("java.time.LocalDate", "date").replace("java.lang.", "");
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ") + ": ";
    }

    private static String helpLine(CommandLine cmd) {
        return "Run '" + cmd.getCommandSpec().qualifiedName(" ") + " --help' for its options.";
    }
}
