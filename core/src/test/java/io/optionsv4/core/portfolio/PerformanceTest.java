package io.optionsv4.core.portfolio;

import static io.optionsv4.core.testdata.TradeLegs.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.testdata.TradeLegs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Four strategies of 100 units, worked by hand. Closed: #1 Iron Condor (Banks) sold at ₹20, bought back at ₹10, ₹40
 * charges: +₹1,000 gross, +₹960 net, 2 to 9 Nov; #2 Iron Condor (IT) bought at ₹10, sold at ₹5, ₹30 charges: −₹500,
 * −₹530, 3 to 12 Nov; #3 Straddle (Banks) bought at ₹10, sold at ₹30, ₹50 charges: +₹2,000, +₹1,950, 10 to 20 Nov.
 * Open: #4 Straddle (IT) sold at ₹20 on 15 Nov, ₹20 charges, ₹12.50 to buy back now: +₹750 gross.
 */
class PerformanceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final PositionValuer VALUER = new PositionValuer(CostCalculator.nseDhan());

    private static StrategyOutcome closed(
            long id,
            String type,
            String industry,
            Side side,
            String entry,
            String exit,
            String charges,
            int from,
            int to) {
        TradeLeg leg = TradeLegs.open(id, 0, side, Right.CALL, 1500, 100, entry, "0", LocalDate.of(2026, 11, from));
        TradeLeg done = TradeLegs.closed(leg, exit, charges, LocalDate.of(2026, 11, to));
        return new StrategyOutcome(
                TradeLegs.strategy(id, type, industry, Conviction.HIGH), List.of(done), Optional.empty(), AS_OF);
    }

    private static StrategyOutcome open() {
        TrackedStrategy s = TradeLegs.strategy(4, "Straddle", "IT", Conviction.LOW);
        TradeLeg leg = TradeLegs.open(4, 0, Side.SELL, Right.PUT, 1500, 100, "20.00", "20.00", AS_OF.minusDays(5));
        StrategyPosition p =
                VALUER.value(s, List.of(leg), l -> new CurrentPrice.Quoted(12, 12.5, CurrentPrice.Basis.BOOK), AS_OF);
        return new StrategyOutcome(s, List.of(leg), Optional.of(p), AS_OF);
    }

    private static List<StrategyOutcome> book() {
        return List.of(
                closed(1, "Iron Condor", "Banks", Side.SELL, "20.00", "10.00", "40.00", 2, 9),
                closed(2, "Iron Condor", "IT", Side.BUY, "10.00", "5.00", "30.00", 3, 12),
                closed(3, "Straddle", "Banks", Side.BUY, "10.00", "30.00", "50.00", 10, 20),
                open());
    }

    @Test
    void test_total_winRateRealisedUnrealisedAndHolding() {
        Performance p = Performance.of(book());
        PerformanceGroup all = p.total();
        Money exitCost = book().get(3).position().orElseThrow().exitCosts().orElseThrow();

        assertThat(all.strategies()).isEqualTo(4);
        assertThat(all.closed()).isEqualTo(3);
        assertThat(all.won()).isEqualTo(2);
        assertThat(all.lost()).isEqualTo(1);
        assertThat(all.open()).isEqualTo(1);
        assertThat(all.winRate().getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(all.realizedGross()).isEqualTo(rs("2500.00"));
        assertThat(all.realizedNet()).isEqualTo(rs("2380.00"));
        assertThat(all.charges()).isEqualTo(rs("140.00"));
        assertThat(all.unrealizedGross()).isEqualTo(rs("750.00"));
        assertThat(all.unrealizedNet()).isEqualTo(rs("730.00").minus(exitCost));
        assertThat(all.unpriced()).isZero();
        assertThat(all.averageHoldingDays().getAsDouble()).isCloseTo((7 + 9 + 10) / 3.0, within(1e-12));
        assertThat(all.averageOpenDays().getAsDouble()).isEqualTo(5.0);
    }

    @Test
    void test_total_dashboardFigures() {
        PerformanceGroup all = Performance.of(book()).total();

        assertThat(all.profitFactor().getAsDouble()).isCloseTo((960.0 + 1950.0) / 530.0, within(1e-12));
        assertThat(all.averageWin()).contains(rs("1455.00"));
        assertThat(all.averageLoss()).contains(rs("-530.00"));
        assertThat(all.expectancy()).contains(rs("793.33"));
        assertThat(all.largestWin()).contains(rs("1950.00"));
        assertThat(all.largestLoss()).contains(rs("-530.00"));
    }

    /** Realised net in exit order: +960 (9 Nov), −530 (12 Nov), +1,950 (20 Nov): a ₹530 fall from the ₹960 high. */
    @Test
    void test_maxDrawdown_fromThePreviousHigh() {
        assertThat(Performance.of(book()).maxDrawdown()).isEqualTo(rs("530.00"));
    }

    @Test
    void test_groups_bestTotalNetFirst() {
        Performance p = Performance.of(book());

        assertThat(p.byStrategyType()).extracting(PerformanceGroup::key).containsExactly("Straddle", "Iron Condor");
        assertThat(p.byStrategyType().get(1).realizedNet()).isEqualTo(rs("430.00"));
        assertThat(p.byIndustry()).extracting(PerformanceGroup::key).containsExactly("Banks", "IT");
        assertThat(p.byIndustry().get(0).winRate().getAsDouble()).isEqualTo(1.0);
        assertThat(p.byExitMonth()).extracting(PerformanceGroup::key).containsExactly("2026-11");
        assertThat(p.byExitMonth().get(0).closed()).isEqualTo(3);
        assertThat(p.byConviction()).extracting(PerformanceGroup::key).containsExactly("HIGH", "LOW");
    }

    @Test
    void test_empty_hasNoRatesAndNoDrawdown() {
        Performance p = Performance.of(List.of());

        assertThat(p.total().strategies()).isZero();
        assertThat(p.total().winRate()).isEmpty();
        assertThat(p.total().profitFactor()).isEmpty();
        assertThat(p.total().averageHoldingDays()).isEmpty();
        assertThat(p.maxDrawdown()).isEqualTo(Money.ZERO);
        assertThat(p.byStrategyType()).isEmpty();
    }

    @Test
    void test_outcome_unpricedOpenStrategy_isLeftOutOfUnrealised() {
        TrackedStrategy s = TradeLegs.strategy(5, "Straddle", "IT", Conviction.LOW);
        TradeLeg leg = TradeLegs.open(5, 0, Side.SELL, Right.PUT, 1500, 100, "20.00", "20.00", AS_OF);
        StrategyPosition p = VALUER.value(s, List.of(leg), l -> new CurrentPrice.Unavailable("no chain"), AS_OF);
        StrategyOutcome o = new StrategyOutcome(s, List.of(leg), Optional.of(p), AS_OF);

        PerformanceGroup g = new PerformanceGroup("x", List.of(o));

        assertThat(o.unrealizedGross()).isEmpty();
        assertThat(g.unpriced()).isEqualTo(1);
        assertThat(g.unrealizedGross()).isEqualTo(Money.ZERO);
        assertThat(o.holdingDays()).isZero();
    }
}
