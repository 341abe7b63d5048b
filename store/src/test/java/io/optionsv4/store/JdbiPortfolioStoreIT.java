package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.LegExit;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.store.testdata.SampleAnalyses;
import io.optionsv4.store.testdata.SampleTrades;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiPortfolioStoreIT {

    private static final Instant ENTERED = Instant.parse("2020-01-02T04:30:00Z");
    private static final Instant EXITED = Instant.parse("2020-01-09T09:00:00Z");

    private Database database;
    private JdbiPortfolioStore store;
    private List<StrategyId> ids;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiPortfolioStore(database.jdbi());
        ids = new JdbiAnalysisStore(database.jdbi())
                .store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY))
                .strategyIds();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_nothingTracked_whenNothingMarkedOrTraded() {
        assertThat(store.trackedStrategies()).isEmpty();
        assertThat(store.trades()).isEmpty();
    }

    @Test
    void test_trackedStrategies_withStateOrTrades_andTheirIndustry() {
        database.jdbi().useHandle(h -> {
            h.execute("INSERT INTO stock_data (symbol, name, kind, industry, sector)"
                    + " VALUES ('RELIANCE', 'Reliance Industries', 'STOCK', 'Refineries', 'Energy')");
            h.execute(
                    "INSERT INTO strategy_execution_status (strategy_id, status, lots, message) VALUES (?, 'EXECUTED',"
                            + " 2, 'filled')",
                    ids.get(0).value());
            SampleTrades.openTrade(h, ids.get(1).value(), 0, null, "BUY", 250, 3_105, 2_000, ENTERED);
        });

        List<TrackedStrategy> tracked = store.trackedStrategies();

        assertThat(tracked).extracting(TrackedStrategy::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(tracked.get(0).industry()).isEqualTo("Refineries");
        assertThat(tracked.get(0).entry().orElseThrow().status()).isEqualTo(StrategyStatus.EXECUTED);
        assertThat(tracked.get(0).entry().orElseThrow().lots()).contains(2);
        assertThat(tracked.get(0).strategyName()).isEqualTo("Bull Call Spread");
        assertThat(tracked.get(1).entry()).isEmpty();
    }

    @Test
    void test_trades_readBackExactly_openAndClosed() {
        long strategy = ids.get(0).value();
        database.jdbi().useHandle(h -> {
            long order = SampleTrades.order(h, strategy, 0, "v4-1-0E1", "SELL", 250, 250, 1_235L, ENTERED);
            long sold = SampleTrades.openTrade(h, strategy, 0, order, "SELL", 250, 1_235, 4_321, ENTERED);
            SampleTrades.openTrade(h, strategy, 1, null, "BUY", 250, 310, 2_000, ENTERED);
            SampleTrades.close(h, sold, null, 605, 8_642, 157_500 - 8_642, EXITED);
        });

        List<TradeLeg> trades = store.trades();

        assertThat(trades).hasSize(2);
        TradeLeg closed = trades.get(0);
        assertThat(closed.strategyId()).isEqualTo(ids.get(0));
        assertThat(closed.contract().displayName()).isEqualTo("RELIANCE 30JAN2020 1450 PE");
        assertThat(closed.contract().right()).isEqualTo(Right.PUT);
        assertThat(closed.side()).isEqualTo(Side.SELL);
        assertThat(closed.quantity()).isEqualTo(250);
        assertThat(closed.entryPrice()).isEqualTo(Money.ofPaise(1_235));
        assertThat(closed.charges()).isEqualTo(Money.ofPaise(8_642));
        assertThat(closed.enteredAt()).isEqualTo(ENTERED);
        assertThat(closed.exit()).contains(new LegExit(Money.ofPaise(605), EXITED));
        assertThat(closed.realizedGross()).isEqualTo(Money.ofPaise(157_500));
        assertThat(trades.get(1).open()).isTrue();
        assertThat(trades.get(1).contract().expiry()).isEqualTo(LocalDate.of(2020, 1, 30));
        assertThat(store.trades(strategy)).isEqualTo(trades);
        assertThat(store.trades(ids.get(1).value())).isEmpty();
    }
}
