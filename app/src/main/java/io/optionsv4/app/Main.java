package io.optionsv4.app;

import io.optionsv4.app.cli.RootCommand;

/** The entry point of the {@code options-v4} command line: builds the command tree and exits with its code. */
public final class Main {

    private Main() {}

    /** Runs the command line and exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        System.exit(RootCommand.commandLine().execute(args));
    }
}
