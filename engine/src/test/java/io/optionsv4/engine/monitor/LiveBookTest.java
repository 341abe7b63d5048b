package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.exit.ActionKind;
import io.optionsv4.core.exit.ExitDecision;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveBookTest {

    private static final LocalDate ENTRY = LocalDate.of(2026, 12, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);
    private static final FeedInstrument.Option SHORT_CALL =
            new FeedInstrument.Option("NIFTY", EXPIRY, 26_000, Right.CALL);
    private static final FeedInstrument.Option LONG_CALL =
            new FeedInstrument.Option("NIFTY", EXPIRY, 26_200, Right.CALL);
    private static final FeedInstrument.Spot SPOT = new FeedInstrument.Spot("NIFTY");
    /** 10:00 IST on 8 Dec 2026. */
    private static final Instant T0 = Instant.parse("2026-12-08T04:30:00Z");

    private final List<String> decisions = new ArrayList<>();
    private final List<StrategyMark> marks = new ArrayList<>();
    private final CostCalculator costs = CostCalculator.nseDhan();

    private LiveBook book() {
        return new LiveBook(costs, TradingDays.WEEKDAYS, ExitEvaluator.STANDARD, 0.065, (s, m, d) -> {
            decisions.add(s.strategyId() + " " + describe(d));
            marks.add(m);
        });
    }

    private static String describe(ExitDecision d) {
        return d.primary().kind() + " " + d.primary().rule() + " " + d.primary().fraction();
    }

    /** A bear call spread of 75 units: sold the 26,000 call at 120, bought the 26,200 call at 60: ₹4,500 credit. */
    private static OpenStrategy spread() {
        ExitRules rules = new ExitRules(
                List.of(
                        new ExitPlan.ProfitTarget(1_500, 0.5, "half at a third of the credit"),
                        new ExitPlan.ProfitTarget(2_500, 0.5, "the rest")),
                4_000,
                Optional.empty(),
                Optional.empty(),
                7,
                LocalDate.of(2026, 12, 22),
                0,
                List.of(),
                List.of(),
                1,
                Duration.ofSeconds(30));
        return new OpenStrategy(
                7,
                "NIFTY",
                "Bear Call Spread",
                ENTRY,
                List.of(
                        new OpenLeg(0, LONG_CALL, Side.BUY, 75, 60, 0.13, false),
                        new OpenLeg(1, SHORT_CALL, Side.SELL, 75, 120, 0.14, false)),
                rules,
                100,
                0,
                0,
                0,
                Set.of());
    }

    private static Tick tick(FeedInstrument instrument, Instant at, double bid, double ask) {
        return new Tick(instrument, at, (bid + ask) / 2, Optional.of(new BidAsk(bid, ask)));
    }

    @Test
    void watchesLegsAndUnderlyingAndWaitsForEveryQuote() {
        LiveBook book = book();
        Set<FeedInstrument> needed = book.add(spread());
        assertThat(needed).containsExactlyInAnyOrder(SHORT_CALL, LONG_CALL, SPOT);
        book.onTick(new Tick(SPOT, T0, 25_600, Optional.empty()));
        book.onTick(tick(SHORT_CALL, T0, 110, 112));
        assertThat(decisions).containsExactly("7 MONITOR WAITING_FOR_QUOTES 0.0");
        assertThat(book.mark(7, T0)).isEmpty();
    }

    @Test
    void marksAtWhatClosingWouldGetNetOfCosts() {
        LiveBook book = book();
        book.add(spread());
        book.onTick(new Tick(SPOT, T0, 25_600, Optional.empty()));
        book.onTick(tick(SHORT_CALL, T0, 100, 104));
        book.onTick(tick(LONG_CALL, T0, 50, 52));
        StrategyMark mark = book.mark(7, T0).orElseThrow();
        // Close: buy the short call back at the ask 104 (+16 a unit), sell the long call at the bid 50 (-10 a unit).
        assertThat(mark.grossPnlRupees()).isCloseTo(75 * (120 - 104) + 75 * (50 - 60), within(1e-9));
        assertThat(mark.midPnlRupees()).isCloseTo(75 * (120 - 102) + 75 * (51 - 60), within(1e-9));
        LocalDate day = LocalDate.of(2026, 12, 8);
        double exitCosts = costs.order(new OptionOrder(day, Side.BUY, 104, 75))
                        .total()
                        .rupees()
                + costs.order(new OptionOrder(day, Side.SELL, 50, 75)).total().rupees();
        assertThat(mark.exitCostsRupees()).isCloseTo(exitCosts, within(1e-9));
        assertThat(mark.netPnlRupees()).isCloseTo(450 - 100 - exitCosts, within(1e-9));
        assertThat(mark.greeks().delta())
                .as("a bear call spread is short delta")
                .isNegative();
        assertThat(decisions).containsExactly("7 MONITOR WAITING_FOR_QUOTES 0.0", "7 MONITOR WITHIN_PLAN 0.0");
    }

    @Test
    void targetsFireOnceEachAsPricesMove() {
        LiveBook book = book();
        book.add(spread());
        book.onTick(new Tick(SPOT, T0, 25_600, Optional.empty()));
        book.onTick(tick(LONG_CALL, T0, 50, 52));
        book.onTick(tick(SHORT_CALL, T0, 100, 104));
        // The short call falls to 60/62: gross 75 * 58 - 75 * 10 = 3,600; net above 1,500 but below 2,500 + costs.
        book.onTick(tick(SHORT_CALL, T0.plusSeconds(1), 80, 82));
        book.onTick(tick(SHORT_CALL, T0.plusSeconds(2), 80, 82));
        book.onTick(tick(SHORT_CALL, T0.plusSeconds(3), 40, 41));
        assertThat(decisions)
                .containsExactly(
                        "7 MONITOR WAITING_FOR_QUOTES 0.0",
                        "7 MONITOR WITHIN_PLAN 0.0",
                        "7 CLOSE_PARTIAL PROFIT_TARGET 0.5",
                        "7 CLOSE_IMMEDIATELY PROFIT_TARGET 1.0");
    }

    @Test
    void sweepFindsStaleQuotesAndTimeExitsWithoutTicks() {
        LiveBook book = book();
        book.add(spread());
        book.onTick(new Tick(SPOT, T0, 25_600, Optional.empty()));
        book.onTick(tick(LONG_CALL, T0, 50, 52));
        book.onTick(tick(SHORT_CALL, T0, 100, 104));
        book.sweep(T0.plusSeconds(31));
        assertThat(decisions).last().isEqualTo("7 MONITOR STALE_QUOTE 0.0");
        assertThat(book.lastDecision(7).orElseThrow().primary().reason()).contains("31 s old");

        Instant exitDay = Instant.parse("2026-12-22T04:00:00Z");
        book.onTick(new Tick(SPOT, exitDay, 25_600, Optional.empty()));
        book.onTick(tick(LONG_CALL, exitDay, 50, 52));
        book.onTick(tick(SHORT_CALL, exitDay, 100, 104));
        assertThat(book.lastDecision(7).orElseThrow().primary().kind()).isEqualTo(ActionKind.CLOSE_IMMEDIATELY);
        assertThat(book.lastDecision(7).orElseThrow().primary().rule()).isEqualTo("TIME_EXIT");
    }

    @Test
    void removedStrategiesAreNoLongerEvaluated() {
        LiveBook book = book();
        book.add(spread());
        book.remove(7);
        book.onTick(new Tick(SPOT, T0, 25_600, Optional.empty()));
        assertThat(decisions).isEmpty();
        assertThat(book.strategies()).isEmpty();
    }
}
