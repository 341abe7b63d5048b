package io.optionsv4.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.HeldLeg;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.ExitLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenStrategiesTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);

    /** A bear call spread built for 1 lot, executed with 3 lots of 250; half of the short leg bought back. */
    private static HeldStrategy held(int shortClosed, int longClosed) {
        return new HeldStrategy(
                42,
                "RELIANCE",
                "Bear Call Spread",
                LocalDate.of(2026, 12, 1),
                1_300,
                List.of(
                        new HeldLeg(
                                0,
                                Side.SELL,
                                Right.CALL,
                                1_350,
                                EXPIRY,
                                3,
                                1,
                                750,
                                shortClosed,
                                Money.ofPaise(750 * 2_000),
                                Money.ofPaise(shortClosed * 1_000L),
                                0.24),
                        new HeldLeg(
                                1,
                                Side.BUY,
                                Right.CALL,
                                1_400,
                                EXPIRY,
                                3,
                                1,
                                750,
                                longClosed,
                                Money.ofPaise(750 * 800),
                                Money.ofPaise(longClosed * 300L),
                                0.22)),
                Money.ofPaise(12_345),
                List.of(
                        new ExitLevel(ExitLevel.Kind.PROFIT_TARGET, 1_000, 0.5, "half at 1,000"),
                        new ExitLevel(ExitLevel.Kind.PROFIT_TARGET, 2_000, 0.5, "rest at 2,000"),
                        new ExitLevel(ExitLevel.Kind.STOP_LOSS, -3_000, 1.0, "stop at 3,000"),
                        new ExitLevel(ExitLevel.Kind.TIME_EXIT, 7, 1.0, "close at 7 DTE"),
                        new ExitLevel(ExitLevel.Kind.GREEK_TRIGGER, 120, 0.5, "DELTA: halve the position"),
                        new ExitLevel(
                                ExitLevel.Kind.ADJUSTMENT,
                                1_350,
                                0.0,
                                "DEFENSIVE_ROLL: short call tested -> roll up and out")),
                Set.of("GREEK_DELTA"));
    }

    @Test
    void scalesThePlanToTheLotsExecutedAndKeepsOnlyOpenQuantities() {
        OpenStrategies mapper = new OpenStrategies(MonitorSettings.DEFAULT, TradingDays.WEEKDAYS, s -> false);
        OpenStrategy open = mapper.of(held(375, 375));
        ExitRules rules = open.rules();
        assertThat(rules.profitTargets())
                .extracting(ExitPlan.ProfitTarget::pnlRupees)
                .containsExactly(3_000.0, 6_000.0);
        assertThat(rules.stopLossRupees()).isEqualTo(9_000);
        assertThat(rules.timeExitDte()).isEqualTo(7);
        assertThat(rules.timeExitDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(rules.greekTriggers()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(ExitPlan.GreekKind.DELTA);
            assertThat(g.limit()).isEqualTo(360);
        });
        assertThat(rules.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.crossing()).isEqualTo(ExitPlan.Crossing.AT_OR_ABOVE);
            assertThat(a.suggestion()).isEqualTo("roll up and out");
        });
        assertThat(open.legs()).extracting(OpenLeg::quantity).containsExactly(375, 375);
        assertThat(open.legs())
                .allSatisfy(l -> assertThat(l.physicallySettled()).isTrue());
        assertThat(open.legs().getFirst().entryPrice()).isCloseTo(20.0, within(1e-12));
        // Short leg: 375 sold at 20, bought back at 10: +3,750; long leg: 375 bought at 8, sold at 3: -1,875.
        assertThat(open.realisedRupees()).isCloseTo(1_875, within(1e-9));
        assertThat(open.closedFraction()).isEqualTo(0.5);
        assertThat(open.entryCostsRupees()).isEqualTo(123.45);
        assertThat(open.actedRules()).containsExactly("GREEK_DELTA");
    }

    @Test
    void aClosedLegIsLeftOutAndAFullyClosedStrategyRefused() {
        OpenStrategies mapper = new OpenStrategies(MonitorSettings.DEFAULT, TradingDays.WEEKDAYS, s -> true);
        OpenStrategy open = mapper.of(held(750, 0));
        assertThat(open.legs()).extracting(OpenLeg::legIndex).containsExactly(1);
        assertThat(open.legs().getFirst().physicallySettled()).isFalse();
        assertThat(open.closedFraction()).isZero();
        assertThatThrownBy(() -> mapper.of(held(750, 750))).hasMessageContaining("no open leg");
    }
}
