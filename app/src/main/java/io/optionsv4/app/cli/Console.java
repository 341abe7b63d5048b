package io.optionsv4.app.cli;

import java.io.IOException;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * What the process writes to: whether standard output and standard error are terminals, the terminal's width (asked
 * of the terminal through JLine's {@code stty}-based provider, which needs no native access; {@code COLUMNS} in
 * the environment overrides it), and whether the environment forbids colour ({@code NO_COLOR} set and not empty,
 * or {@code TERM=dumb}).
 *
 * @param stdoutTerminal standard output is a terminal
 * @param stderrTerminal standard error is a terminal
 * @param columns the width of the terminal or of {@code COLUMNS}; 0 when unknown
 * @param colorForbidden {@code NO_COLOR} is set or the terminal is dumb
 */
record Console(boolean stdoutTerminal, boolean stderrTerminal, int columns, boolean colorForbidden) {

    /** Returns the console of a process with no terminal: 80 columns, no colour unless forced. */
    static Console none(Map<String, String> environment) {
        return new Console(false, false, columnsOf(environment), forbidsColor(environment));
    }

    /** Detects the console of the running process; the terminal flags come from the launcher. */
    static Console detect(boolean stdoutTerminal, boolean stderrTerminal, Map<String, String> environment) {
        int columns = columnsOf(environment);
        if (columns == 0 && stdoutTerminal) {
            columns = terminalWidth();
        }
        return new Console(stdoutTerminal, stderrTerminal, columns, forbidsColor(environment));
    }

    /**
     * Returns the screen for {@code choice} of {@code --color}: the terminal's width when it is a terminal wider than
     * 80 columns (or {@code COLUMNS}), else 80; colour when {@code always}, or {@code auto} on a terminal that allows
     * it.
     */
    Screen screen(ColorChoice choice) {
        boolean color = switch (choice) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> stdoutTerminal && !colorForbidden;
        };
        int width = columns >= Screen.MIN_WIDTH ? columns : Screen.DEFAULT_WIDTH;
        return new Screen(width, color);
    }

    private static int columnsOf(Map<String, String> environment) {
        String text = environment.getOrDefault("COLUMNS", "").trim();
        if (!text.matches("\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(text);
    }

    private static boolean forbidsColor(Map<String, String> environment) {
        return !environment.getOrDefault("NO_COLOR", "").isEmpty()
                || "dumb".equals(environment.getOrDefault("TERM", ""));
    }

    private static int terminalWidth() {
        try (Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .provider("exec")
                .dumb(true)
                .signalHandler(Terminal.SignalHandler.SIG_DFL)
                .build()) {
            return Math.max(0, terminal.getWidth());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The values of {@code --color}. */
    enum ColorChoice {
        ALWAYS,
        NEVER,
        AUTO
    }
}
