package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory portfolio view: tracked strategies by id, traded legs by strategy, leg and trade. */
class MemoryPortfolioStoreTest {

    private static final Instant AT = Instant.parse("2020-01-01T04:00:00Z");

    private MemoryBooks books;
    private MemoryPortfolioStore store;
    private Entries entries;

    @BeforeEach
    void open() {
        books = new MemoryBooks();
        store = new MemoryPortfolioStore(books);
        entries = new Entries(books);
        new MemoryAnalysisStore(books).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
    }

    @Test
    void test_nothingTracked_whenNothingMarkedOrTraded() {
        assertThat(store.trackedStrategies()).isEmpty();
        assertThat(store.trades()).isEmpty();
        assertThat(store.trades(1)).isEmpty();
    }

    @Test
    void test_trades_byStrategyLegAndTrade_openAndClosed() {
        entries.enter(2, AT, 400);
        entries.enter(1, AT.plusSeconds(60), 300);
        entries.exit(2, 3, AT.plusSeconds(120), 150);

        assertThat(store.trades())
                .extracting(t -> t.strategyId().value() + "/" + t.legIndex() + "/" + t.tradeId())
                .containsExactly("1/0/5", "1/1/6", "2/0/1", "2/1/2", "2/2/3", "2/3/4");
        assertThat(store.trades(2)).isEqualTo(store.trades().subList(2, 6));
        TradeLeg closed = store.trades(2).get(3);
        assertThat(closed.exit()).hasValueSatisfying(e -> {
            assertThat(e.price().paise()).isEqualTo(150);
            assertThat(e.at()).isEqualTo(AT.plusSeconds(120));
        });
        assertThat(closed.charges().paise()).isEqualTo(20);
        assertThat(store.trades(2).get(0).exit()).isEmpty();
        assertThat(store.trackedStrategies()).extracting(t -> t.id().value()).containsExactly(1L, 2L);
        assertThat(store.trackedStrategies())
                .extracting(TrackedStrategy::strategyName)
                .containsExactly("Bull Call Spread", "Iron Condor");
    }
}
