package io.optionsv4.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code options-v4 monitor legacy|realtime|interactive}: follows the open strategies and their exits. */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = "Follows the open strategies: marks, exit decisions, alerts and (with --execute) the exits.",
        subcommands = {MonitorLegacyCommand.class, MonitorRealtimeCommand.class, MonitorInteractiveCommand.class})
public final class MonitorCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
