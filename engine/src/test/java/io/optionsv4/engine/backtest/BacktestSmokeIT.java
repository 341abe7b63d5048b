package io.optionsv4.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import io.optionsv4.store.Database;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BacktestSmokeIT {

    @Test
    void runsTwoMonths() {
        HistoricalNiftyMarket market = HistoricalNiftyMarket.load(ProjectData.directory());
        try (Database db = TestDatabases.fresh()) {
            BacktestRunner runner = new BacktestRunner(
                    new HistoryBacktestMarket(market),
                    BacktestFixtures.ports(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC(),
                    2);
            long t0 = System.nanoTime();
            BacktestResult r = runner.run(
                    BacktestFixtures.settings("smoke", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 28)),
                    (d, n, day, eq) -> System.out.println(d + "/" + n + " " + day + " " + eq),
                    () -> false);
            System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
            r.trades().forEach(System.out::println);
            r.run().warnings().forEach(System.out::println);
            assertThat(r.equity()).isNotEmpty();
        }
    }
}
