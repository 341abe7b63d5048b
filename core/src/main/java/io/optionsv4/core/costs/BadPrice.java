package io.optionsv4.core.costs;

import io.optionsv4.core.result.Checks;

/**
 * A leg that cannot be priced for execution: a missing bid or ask where the book is required, a crossed book, or a
 * zero or negative price.
 *
 * @param contract the contract in words
 * @param field the field at fault: {@code "bid"}, {@code "ask"}, {@code "book"}, {@code "close"}, ...
 * @param problem what is wrong
 * @param detail the values, in words
 */
public record BadPrice(String contract, String field, Problem problem, String detail) implements LegPricing {

    /** What is wrong with a leg's prices. */
    public enum Problem {
        /** No bid (for a sell) or no ask (for a buy) where the book is required. */
        MISSING,
        /** The bid is above the ask. */
        CROSSED,
        /** A price the leg would trade at or be valued by is zero or negative. */
        NON_POSITIVE
    }

    /** Validates the components. */
    public BadPrice {
        Checks.notBlank(contract, "contract");
        Checks.notBlank(field, "field");
        Checks.notNull(problem, "problem");
        Checks.notNull(detail, "detail");
    }

    /** Returns the problem in one line naming the contract and the field. */
    public String message() {
        return contract + ": " + field + " " + detail;
    }
}
