package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.engine.backtest.BacktestTrade;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The groups partition the trades, and expectancy is win rate times average win plus loss rate times average loss. */
class TradeStatisticsProperties {

    private static final String[] FAMILIES = {"NEUTRAL", "DIRECTIONAL", "VOLATILITY"};

    @Property(tries = 300)
    void property_groupsAddUpAndExpectancyDecomposes(
            @ForAll @Size(min = 1, max = 60) List<@LongRange(min = -1_000_000, max = 1_000_000) Long> pnls,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<BacktestTrade> trades = new ArrayList<>();
        for (int i = 0; i < pnls.size(); i++) {
            String family = FAMILIES[(i + seed) % FAMILIES.length];
            trades.add(
                    (i + seed) % 7 == 0
                            ? Backtests.open(i, family, pnls.get(i))
                            : Backtests.closed(i, "TYPE_" + (i % 4), family, "STATE", pnls.get(i), 0.5));
        }

        TradeStatistics all = TradeStatistics.of(trades);
        List<TradeStatistics.Group> groups = TradeStatistics.byKey(trades, BacktestTrade::family);

        assertThat(groups.stream().mapToInt(g -> g.statistics().trades()).sum()).isEqualTo(all.trades());
        assertThat(groups.stream().mapToLong(g -> g.statistics().netPnlPaise()).sum())
                .isEqualTo(all.netPnlPaise());
        assertThat(all.wins() + all.losses()).isLessThanOrEqualTo(all.closed());
        if (all.closed() > 0) {
            double rebuilt = (all.wins() == 0 ? 0 : all.wins() * all.averageWinPaise())
                    + (all.losses() == 0 ? 0 : all.losses() * all.averageLossPaise());
            assertThat(all.expectancyPaise()).isCloseTo(rebuilt / all.closed(), within(1e-6));
        }
    }
}
