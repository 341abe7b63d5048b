package io.optionsv4.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code options-v4 iv}: the implied volatility history — collect daily summaries, compute rank and percentile. */
@Command(
        name = "iv",
        mixinStandardHelpOptions = true,
        description = "IV history: 'iv collect' stores each day's ATM IV and 25-delta skew per symbol,"
                + " 'iv analyze' computes IV rank and IV percentile over 252 trading days.",
        subcommands = {IvCollectCommand.class, IvAnalyzeCommand.class})
public final class IvCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
