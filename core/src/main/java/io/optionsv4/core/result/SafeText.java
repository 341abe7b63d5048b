package io.optionsv4.core.result;

/**
 * Makes text that came from outside (a file, a response, an argument) safe to quote in a message shown on a terminal:
 * at most {@link #MAX_LENGTH} characters; control characters (escape sequences included) and invisible format
 * characters escaped as {@code \\n}, {@code \\t}, {@code \\uXXXX}, so a data file cannot move the cursor, recolour
 * the screen or hide text. Quotes and backslashes are shown as they are. Every message that echoes input goes through
 * {@link #quote(String)} or {@link #escape(String)}.
 */
public final class SafeText {

    /** The most characters of the input a message shows; longer input ends in {@code …(N chars)}. */
    public static final int MAX_LENGTH = 200;

    private SafeText() {}

    /** Returns {@code text} escaped and truncated, in single quotes. */
    public static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    /** Returns {@code text} escaped and truncated, without quotes. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        int shown = Math.min(text.length(), MAX_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || isInvisible(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX_LENGTH) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED;
    }
}
