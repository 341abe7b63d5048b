package io.optionsv4.core.result;

import java.util.function.Supplier;

/**
 * Argument validators that return the checked value, so that a record's compact constructor reads as one line per
 * component. A failed check throws {@link IllegalArgumentException} whose message names the argument and shows the bad
 * value.
 */
public final class Checks {

    private Checks() {}

    /** Returns {@code value} when it is finite (not NaN, not infinite). */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is finite and strictly positive. */
    public static double positive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a finite number > 0 but was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is finite and zero or positive. */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0 but was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is strictly positive. */
    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is not zero. */
    public static int nonZero(int value, String name) {
        if (value == 0) {
            throw new IllegalArgumentException(name + " must not be 0");
        }
        return value;
    }

    /** Returns {@code value} when it is not null. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} when it is neither null nor blank. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was '" + value + "'");
        }
        return value;
    }

    /** Throws when {@code condition} is false, with {@code message} naming what was wrong. */
    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Throws when {@code condition} is false, with the message {@code message} builds: for checks on hot paths, where
     * formatting numbers into a message that is almost never thrown would cost more than the check.
     */
    public static void argument(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalArgumentException(message.get());
        }
    }
}
