package io.optionsv4.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Where human-readable output goes: its width in columns (80 unless a wider terminal says otherwise) and whether it
 * takes colour. Colours carry one meaning each: green a profit or credit, red a loss, debit or error, yellow a
 * warning, bold the headline, a grey background the in-the-money side of a chain. Every method returns the text
 * unchanged when colour is off, so layout is computed on plain text and coloured last.
 *
 * @param width columns a line may use, at least {@link #MIN_WIDTH}
 * @param color whether to write ANSI colour sequences
 */
record Screen(int width, boolean color) {

    /** The width of output that is not a terminal, and the least a terminal gets. */
    static final int DEFAULT_WIDTH = 80;

    /** The narrowest width honoured. */
    static final int MIN_WIDTH = 40;

    private static final String RESET = "\u001b[0m";

    /** Validates the width. */
    Screen {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be >= " + MIN_WIDTH + " but was " + width);
        }
    }

    /** Returns 80 columns without colour: files, pipes and tests. */
    static Screen plain() {
        return new Screen(DEFAULT_WIDTH, false);
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    String shaded(String text) {
        return paint("48;5;236", text);
    }

    /** Returns {@code text} green when {@code value} is positive, red when negative. */
    String signed(double value, String text) {
        return value > 0 ? green(text) : value < 0 ? red(text) : text;
    }

    private String paint(String code, String text) {
        return color && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /**
     * Returns {@code text} broken at spaces into lines of at most {@link #width} columns, every line after the first
     * indented by {@code indent} spaces (not indented when the token would not fit otherwise); a single token longer
     * than a line stands alone rather than being cut.
     */
    List<String> wrap(String text, int indent) {
        List<String> lines = new ArrayList<>();
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder line = new StringBuilder(" ".repeat(lead));
        boolean empty = true;
        for (String word : text.substring(lead).split(" ", -1)) {
            if (empty && word.isEmpty()) {
                continue;
            }
            if (!empty && !word.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(" ".repeat(indent + word.length() <= width ? indent : 0));
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
