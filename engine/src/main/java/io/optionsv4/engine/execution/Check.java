package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;

/**
 * One pre-trade check with its outcome.
 *
 * @param name what was checked, e.g. {@code market hours}, {@code quote leg 2}
 * @param verdict pass, fail or waived
 * @param detail the figures behind the verdict, in words
 */
public record Check(String name, Verdict verdict, String detail) {

    /** Validates the components. */
    public Check {
        Checks.notBlank(name, "name");
        Checks.notNull(verdict, "verdict");
        Checks.notNull(detail, "detail");
    }

    /** Returns a passed check. */
    public static Check pass(String name, String detail) {
        return new Check(name, Verdict.PASS, detail);
    }

    /** Returns a failed check. */
    public static Check fail(String name, String detail) {
        return new Check(name, Verdict.FAIL, detail);
    }

    /** Returns {@code passed ? pass : fail}. */
    public static Check of(String name, boolean passed, String detail) {
        return new Check(name, passed ? Verdict.PASS : Verdict.FAIL, detail);
    }
}
