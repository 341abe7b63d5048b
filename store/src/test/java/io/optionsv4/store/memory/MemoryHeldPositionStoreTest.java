package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.exit.HeldLeg;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor's view of the in-memory books: what {@code JdbiHeldPositionStore} reads (entered strategies with an open
 * leg, oldest execution first, every executed leg, the charges and the rules acted on).
 */
class MemoryHeldPositionStoreTest {

    private static final Instant EARLY = Instant.parse("2020-01-01T04:00:00Z");
    private static final Instant LATE = Instant.parse("2020-01-02T04:00:00Z");

    private MemoryBooks books;
    private MemoryHeldPositionStore store;
    private Entries entries;

    @BeforeEach
    void open() {
        books = new MemoryBooks();
        store = new MemoryHeldPositionStore(books);
        entries = new Entries(books);
        new MemoryAnalysisStore(books).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
    }

    @Test
    void test_open_nothingEntered_isEmpty() {
        assertThat(store.open()).isEmpty();
        assertThat(store.open(1)).isEmpty();
        assertThat(store.open(42)).isEmpty();
    }

    @Test
    void test_open_oldestExecutionFirst_notIdOrder() {
        entries.enter(3, EARLY, 3_120);
        entries.enter(1, LATE, 500);

        assertThat(store.open()).extracting(HeldStrategy::strategyId).containsExactly(3L, 1L);
    }

    @Test
    void test_open_withEveryLegItsChargesAndTheActedRules() {
        entries.enter(2, EARLY, 400);
        entries.exit(2, 0, LATE, 100);
        MemoryExitIntentStore intents = new MemoryExitIntentStore(books);
        ExitIntent done = intents.open(2, "PROFIT_TARGET_1", 0.25, "scale out", ExitIntent.Source.MONITOR);
        intents.finish(done, ExitIntent.State.DONE, "");
        intents.open(2, "STOP_LOSS_1", 1, "stop", ExitIntent.Source.MONITOR);

        HeldStrategy held = store.open(2).orElseThrow();

        assertThat(held.symbol()).isEqualTo("RELIANCE");
        assertThat(held.strategyName()).isEqualTo("Iron Condor");
        assertThat(held.entryDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(held.legs()).extracting(HeldLeg::legIndex).containsExactly(0, 1, 2, 3);
        assertThat(held.legs().get(0).closedQuantity()).isEqualTo(Entries.LOT);
        assertThat(held.legs().get(0).exitValue()).isEqualTo(Money.ofPaise(100L * Entries.LOT));
        assertThat(held.legs().get(0).strike()).isEqualTo(1400);
        assertThat(held.legs().get(1).closedQuantity()).isZero();
        assertThat(held.charges())
                .as("four entries and one exit, 10 paise each")
                .isEqualTo(Money.ofPaise(50));
        assertThat(held.exitLevels()).hasSize(4);
        assertThat(held.actedRules()).containsExactly("PROFIT_TARGET_1");
        assertThat(store.open()).containsExactly(held);
    }

    @Test
    void test_open_everyLegClosed_isNoLongerHeld() {
        entries.enter(3, EARLY, 3_120);

        entries.exit(3, 0, LATE, 4_000);

        assertThat(store.open()).isEmpty();
        assertThat(store.open(3)).isEmpty();
    }
}
