package io.optionsv4.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The trade book's settlement and end-of-run marks, computed by hand to the paisa. */
class TradeBookTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 1, 13);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 1, 27);

    private static TradeBook.Entry entry(long id) {
        return new TradeBook.Entry(
                id,
                "NIFTY",
                "Bull Call Spread",
                "DIRECTIONAL",
                "BULLISH_LOW_VIX",
                ENTRY,
                1,
                450_000,
                900_000,
                0.55,
                0.48);
    }

    private static TradeLeg leg(int index, Side side, double strike, long entryPaise, long chargesPaise) {
        return new TradeLeg(
                index + 1,
                new StrategyId(7),
                index,
                new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees((long) strike), EXPIRY),
                side,
                1,
                75,
                Money.ofPaise(entryPaise),
                Money.ofPaise(chargesPaise),
                Instant.parse("2026-01-13T04:30:00Z"),
                Optional.empty());
    }

    /**
     * Long 75 NIFTY 24000 CE at ₹100.00 (charges ₹50.00), short 75 NIFTY 24200 CE at ₹40.00 (charges ₹30.00), settled
     * at the close 24,130.55: the long leg is worth its intrinsic 130.55, gross (130.55 − 100.00) × 75 = ₹2,291.25; the
     * short one lapses, gross 40.00 × 75 = ₹3,000.00. Exercise STT on the long leg's intrinsic value 130.55 × 75 =
     * ₹9,791.25 at the rate of January 2026, 0.125 % (0.15 % only from April 2026, docs/costs.md), is 12.2390625 →
     * ₹12.24 → ₹12 (the note rounds STT to the rupee). Gross ₹5,291.25, costs ₹92.00, net ₹5,199.25.
     */
    @Test
    void test_settled_atTheRealCloseWithExerciseStt() {
        TradeBook book = new TradeBook(CostCalculator.nseDhan());
        book.entered(entry(7));
        book.settled(
                7,
                EXPIRY,
                List.of(leg(0, Side.BUY, 24_000, 10_000, 5_000), leg(1, Side.SELL, 24_200, 4_000, 3_000)),
                24_130.55);
        assertThat(book.open()).isEmpty();
        BacktestTrade t = book.closed().get(0);
        assertThat(t.exitReason()).isEqualTo("SETTLEMENT");
        assertThat(t.exitDate()).isEqualTo(EXPIRY);
        assertThat(t.grossPnlPaise()).isEqualTo(529_125);
        assertThat(t.costsPaise()).isEqualTo(9_200);
        assertThat(t.netPnlPaise()).isEqualTo(519_925);
        assertThat(book.realisedPaise()).isEqualTo(519_925);
        assertThat(t.predictedPlanPop()).isEqualTo(0.55);
    }

    /** Out of the money at the close both legs lapse: the long pays its premium, no exercise STT is charged. */
    @Test
    void test_settled_outOfTheMoneyLapses() {
        TradeBook book = new TradeBook(CostCalculator.nseDhan());
        book.entered(entry(7));
        book.settled(
                7,
                EXPIRY,
                List.of(leg(0, Side.BUY, 24_000, 10_000, 5_000), leg(1, Side.SELL, 24_200, 4_000, 3_000)),
                23_950.00);
        BacktestTrade t = book.closed().get(0);
        assertThat(t.grossPnlPaise()).isEqualTo(-750_000 + 300_000);
        assertThat(t.costsPaise()).isEqualTo(8_000);
    }

    /** A trade still open at the end carries its marks and its entry charges only, and no exit date. */
    @Test
    void test_openAtEnd_markedWithEntryCharges() {
        TradeBook book = new TradeBook(CostCalculator.nseDhan());
        book.entered(entry(7));
        book.entryCharges(7, 8_000);
        List<BacktestTrade> open = book.openAtEnd(Map.of(7L, 12_345L));
        assertThat(open).singleElement().satisfies(t -> {
            assertThat(t.exitDate()).isNull();
            assertThat(t.exitReason()).isEqualTo("OPEN_AT_END");
            assertThat(t.netPnlPaise()).isEqualTo(12_345 - 8_000);
        });
    }
}
