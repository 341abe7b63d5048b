package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.store.testdata.SampleAnalyses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exit intents in memory: one per strategy, rule and target share, pending ones oldest first, as on PostgreSQL. */
class MemoryExitIntentStoreTest {

    private MemoryBooks books;
    private MemoryExitIntentStore store;

    @BeforeEach
    void open() {
        books = new MemoryBooks();
        store = new MemoryExitIntentStore(books);
        new MemoryAnalysisStore(books).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
    }

    @Test
    void test_open_sameDecisionTwice_isOneIntent_andEachCallDrawsAnId() {
        ExitIntent first = store.open(1, "STOP_LOSS", 1.0 / 3, "stop", ExitIntent.Source.MONITOR);
        ExitIntent again = store.open(1, "STOP_LOSS", 0.3333333333, "stop again", ExitIntent.Source.MANUAL);
        ExitIntent other = store.open(2, "STOP_LOSS", 1.0 / 3, "stop", ExitIntent.Source.MONITOR);

        assertThat(again).isEqualTo(first);
        assertThat(first.targetClosedFraction()).isEqualTo(0.333333);
        assertThat(first.state()).isEqualTo(ExitIntent.State.PENDING);
        assertThat(first.id()).isEqualTo(1);
        assertThat(other.id()).as("the identity column draws on a conflict too").isEqualTo(3);
    }

    @Test
    void test_pending_oldestFirst_finishedOnesLeave() {
        ExitIntent a = store.open(2, "TIME_EXIT", 1, "dte", ExitIntent.Source.MONITOR);
        ExitIntent b = store.open(1, "STOP_LOSS", 1, "stop", ExitIntent.Source.MONITOR);
        ExitIntent c = store.open(3, "PROFIT_TARGET", 0.5, "half", ExitIntent.Source.MANUAL);

        store.finish(b, ExitIntent.State.FAILED, "rejected");

        assertThat(store.pending()).containsExactly(a, c);
        ExitIntent failed = store.open(1, "STOP_LOSS", 1, "stop", ExitIntent.Source.MONITOR);
        assertThat(failed.state()).isEqualTo(ExitIntent.State.FAILED);
        assertThat(failed.message()).isEqualTo("rejected");
    }

    @Test
    void test_markClosed_setsTheStatusAndNeedsAStoredStrategy() {
        store.markClosed(2, "flat");

        assertThat(new MemoryPortfolioStore(books).trackedStrategies())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.id().value()).isEqualTo(2);
                    assertThat(t.entry().orElseThrow().status()).isEqualTo(StrategyStatus.CLOSED);
                    assertThat(t.entry().orElseThrow().lots()).isEmpty();
                    assertThat(t.entry().orElseThrow().message()).isEqualTo("flat");
                })
                .extracting(TrackedStrategy::industry)
                .isEqualTo("Unclassified");
        assertThatThrownBy(() -> store.markClosed(99, "flat")).isInstanceOf(StoreException.class);
    }
}
