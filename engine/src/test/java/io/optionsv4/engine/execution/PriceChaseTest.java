package io.optionsv4.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.PriceSource;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceChaseTest {

    private static final OptionInstrument CALL =
            new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(22_800), LocalDate.of(2026, 1, 27));
    private static final PriceChase CHASE = new PriceChase(5, 1, 0.02, Duration.ofSeconds(1), PriceChase.NSE_TICK);

    @Test
    void test_first_buyAtTheAskRoundedUp_sellAtTheBidRoundedDown() {
        LegQuote q = quote(8_502, 8_558);

        assertThat(CHASE.first(Side.BUY, q)).isEqualTo(Money.ofPaise(8_560));
        assertThat(CHASE.first(Side.SELL, q)).isEqualTo(Money.ofPaise(8_500));
    }

    @Test
    void test_next_movesOneTickTowardTheFarSideUntilTheSteps() {
        List<Money> limits = walk(Side.BUY, Money.ofPaise(8_550));

        assertThat(limits)
                .containsExactly(
                        Money.ofPaise(8_555),
                        Money.ofPaise(8_560),
                        Money.ofPaise(8_565),
                        Money.ofPaise(8_570),
                        Money.ofPaise(8_575));
        assertThat(CHASE.farthest(Side.SELL, Money.ofPaise(8_500))).isEqualTo(Money.ofPaise(8_475));
    }

    @Test
    void test_next_stopsAtThePercentageBound_aCheapOptionChasesOneTick() {
        PriceChase wide = new PriceChase(50, 4, 0.02, Duration.ofSeconds(1), PriceChase.NSE_TICK);

        List<Money> limits = walk(Side.BUY, Money.ofPaise(1_000));
        List<Money> cheap = new ArrayList<>();
        for (int step = 0; ; step++) {
            Optional<Money> next = wide.next(Side.SELL, Money.ofPaise(100), step);
            if (next.isEmpty()) {
                break;
            }
            cheap.add(next.get());
        }

        assertThat(limits.get(limits.size() - 1)).isEqualTo(Money.ofPaise(1_020));
        assertThat(wide.farthest(Side.BUY, Money.ofPaise(1_000))).isEqualTo(Money.ofPaise(1_020));
        assertThat(cheap).containsExactly(Money.ofPaise(95));
    }

    @Test
    void test_first_refusesASideThatIsNotQuoted() {
        assertThatThrownBy(() -> CHASE.first(Side.SELL, quote(0, 8_558)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bid");
    }

    @Test
    void test_timeToFill_everyStepAndTheLastWait() {
        assertThat(CHASE.timeToFill()).isEqualTo(Duration.ofSeconds(6));
    }

    private static List<Money> walk(Side side, Money first) {
        List<Money> limits = new ArrayList<>();
        for (int step = 0; ; step++) {
            Optional<Money> next = CHASE.next(side, first, step);
            if (next.isEmpty()) {
                return limits;
            }
            limits.add(next.get());
        }
    }

    private static LegQuote quote(long bid, long ask) {
        return new LegQuote(CALL, Money.ofPaise(bid), Money.ofPaise(ask), Instant.EPOCH, PriceSource.BOOK);
    }
}
