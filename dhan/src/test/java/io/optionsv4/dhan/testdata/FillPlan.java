package io.optionsv4.dhan.testdata;

/**
 * What the fake Dhan server does with an order once it is accepted ({@code PENDING}). Tests choose it per order
 * ({@link FakeAccount#planNext}, {@link FakeAccount#planFor}); {@link Book} is the default.
 */
public sealed interface FillPlan {

    /**
     * Fill against the instrument's book ({@link FakeMarket#book}): a buy whose limit reaches the ask (a sell whose
     * limit reaches the bid, a market order always) fills at the touch price, up to the size shown there; the rest
     * rests ({@code PART_TRADED}), or is cancelled for {@code IOC}. A market order with no price on the other side is
     * rejected. An order that is not marketable rests ({@code PENDING}) until {@link FakeAccount#rematch()}.
     */
    record Book() implements FillPlan {}

    /** Rest as {@code PENDING} whatever the book says, until a test fills, cancels or expires it. */
    record Rest() implements FillPlan {}

    /**
     * Fill {@code quantity} units at the order's limit price (the touch for a market order), then rest as
     * {@code PART_TRADED}.
     */
    record Partial(long quantity) implements FillPlan {}

    /** Reject at the exchange or RMS, as {@code REJECTED} with {@code omsErrorCode} and {@code reason}. */
    record Reject(String omsErrorCode, String reason) implements FillPlan {}

    /** Go {@code PENDING}, then {@code EXPIRED} at once (as a day order at the close). */
    record Expire() implements FillPlan {}
}
