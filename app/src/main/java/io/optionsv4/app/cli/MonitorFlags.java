package io.optionsv4.app.cli;

import io.optionsv4.engine.monitor.MonitorMode;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options the monitors share: what to do with a closing decision, and on which broker. */
final class MonitorFlags {

    @Option(names = "--alert-only", description = "Raise alerts for closing decisions; place nothing.")
    boolean alertOnly;

    @Option(
            names = "--execute",
            description = "Place the exits (paper broker unless --live --confirm with Dhan credentials).")
    boolean execute;

    @Option(
            names = "--live",
            description = "Exit on Dhan with real money (needs --execute, DHAN_CLIENT_ID, DHAN_ACCESS_TOKEN, --confirm"
                    + " and --data dhan).")
    boolean live;

    @Option(names = "--confirm", description = "Confirm live trading (required with --live).")
    boolean confirm;

    @Option(
            names = "--ignore-market-hours",
            description = "Paper only: place exits outside NSE's session (09:15-15:30 IST).")
    boolean ignoreMarketHours;

    /** Returns the mode the flags ask for: simulation unless --alert-only or --execute. */
    MonitorMode mode() {
        return execute ? MonitorMode.EXECUTE : alertOnly ? MonitorMode.ALERT_ONLY : MonitorMode.SIMULATE;
    }

    /** Refuses contradictory flags as usage errors. */
    void validate(CommandLine commandLine) {
        if (alertOnly && execute) {
            throw new ParameterException(commandLine, "--alert-only and --execute exclude each other");
        }
        if (live && !execute) {
            throw new ParameterException(commandLine, "--live places exits: it needs --execute");
        }
        if (live && !confirm) {
            throw new ParameterException(commandLine, "--live needs --confirm: live orders move real money");
        }
        if (live && ignoreMarketHours) {
            throw new ParameterException(
                    commandLine, "--ignore-market-hours is for the paper broker only, not with --live");
        }
    }
}
