package io.optionsv4.core.instrument;

import java.util.Locale;

/** The side of a trade or a leg: buying (long) or selling (short). */
public enum Side {
    BUY,
    SELL;

    /** Returns +1 for {@link #BUY} and -1 for {@link #SELL}. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    /** Returns the other side: the side that closes a position opened with this one. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /**
     * Parses BUY/SELL case-insensitively; LONG and SHORT are accepted too.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Side parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "BUY", "LONG", "B" -> BUY;
            case "SELL", "SHORT", "S" -> SELL;
            default -> throw new IllegalArgumentException("side must be BUY or SELL but was '" + text + "'");
        };
    }
}
