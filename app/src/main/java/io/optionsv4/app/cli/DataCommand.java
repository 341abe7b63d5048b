package io.optionsv4.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code options-v4 data}: look at market data — quotes and option chains — from the chosen source. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Market data from --data sim|replay|dhan: quotes and option chains with IV and Greeks; imports;"
                + " stored fills against the broker's trade book.",
        subcommands = {
            QuotesCommand.class,
            ChainCommand.class,
            ImportScripMasterCommand.class,
            ImportIndustryAllocationsCommand.class,
            UpdateTradePricesCommand.class
        })
public final class DataCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
