package io.optionsv4.dhan.testdata;

import java.time.Clock;

/**
 * The trading account behind the fake Dhan server: funds ({@code GET /fundlimit}) and the margin calculator's view
 * of them. Thread-safe.
 */
public final class FakeAccount implements AutoCloseable {

    /** Which request keys {@code /margincalculator/multi} accepts (reference section 3.10, an open point). */
    public enum MultiRequest {
        /** The official SDK's {@code includePosition}, {@code includeOrder}, {@code scripList}. */
        SDK,
        /** The docs digest's {@code includePosition}, {@code includeOrders}, {@code scripts}. */
        DIGEST
    }

    /** How {@code /margincalculator/multi} spells its answer. */
    public enum MultiAnswer {
        /** The digest's snake case with every value a string ({@code "total_margin": "1234.50"}). */
        SNAKE_STRINGS,
        /** Camel case with numbers ({@code "totalMargin": 1234.5}), as the single-order calculator. */
        CAMEL_NUMBERS,
        /** The endpoint is absent (HTTP 404), as on an account or API version without it. */
        ABSENT
    }

    /**
     * The account's behaviour.
     *
     * @param sodLimit the start-of-day funds, rupees
     * @param multiRequest the request keys of the basket margin calculator
     * @param multiAnswer the answer's spelling of the basket margin calculator
     */
    public record Settings(double sodLimit, MultiRequest multiRequest, MultiAnswer multiAnswer) {

        /** ₹2,00,000 start-of-day (the fixture's figure), the SDK's basket request, the digest's answer. */
        public static final Settings DEFAULT = new Settings(200_000, MultiRequest.SDK, MultiAnswer.SNAKE_STRINGS);

        /** Returns a copy with another basket margin dialect. */
        public Settings withMulti(MultiRequest request, MultiAnswer answer) {
            return new Settings(sodLimit, request, answer);
        }
    }

    /** The answer of {@code GET /fundlimit} (reference section 3.9; the API's spellings, sic). */
    record FundLimit(
            String dhanClientId,

            @com.fasterxml.jackson.annotation.JsonProperty("availabelBalance")
            double availableBalance,

            double sodLimit,
            double collateralAmount,

            @com.fasterxml.jackson.annotation.JsonProperty("receiveableAmount")
            double receivableAmount,

            double utilizedAmount,
            double blockedPayoutAmount,
            double withdrawableBalance) {}

    private final FakeMarket market;
    private final Settings settings;
    private final FakeMargins margins;
    private double utilized;

    FakeAccount(FakeMarket market, Clock clock, Settings settings) {
        this.market = market;
        this.settings = settings;
        this.margins = new FakeMargins(market);
    }

    /** Returns the settings. */
    Settings settings() {
        return settings;
    }

    /** Returns the margin model. */
    FakeMargins margins() {
        return margins;
    }

    /** Returns the market. */
    FakeMarket market() {
        return market;
    }

    /** Returns the funds available now, rupees. */
    public synchronized double available() {
        return settings.sodLimit() - utilized;
    }

    /** Returns the fund limits as {@code GET /fundlimit} answers them. */
    synchronized FundLimit funds() {
        double available = FakeMargins.money(available());
        return new FundLimit(
                FakeDhanServer.CLIENT_ID,
                available,
                settings.sodLimit(),
                0,
                0,
                FakeMargins.money(utilized),
                0,
                Math.max(0, available));
    }

    @Override
    public void close() {
        // Step 2 adds the order-update WebSocket, which this closes.
    }
}
