package io.optionsv4.app.cli;

import io.optionsv4.core.result.StoreException;
import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.BacktestStore;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The backtest results on PostgreSQL ({@code backtest_runs}, {@code backtest_equity}, {@code backtest_trades}, V13).
 * It lives in {@code app} because its records are the engine's and the store module sees only {@code core}.
 * Thread-safe.
 */
final class JdbiBacktestStore implements BacktestStore {

    private static final String RUN_COLUMNS = "run_id, from_date, to_date, data, risk, capital_paise, seed, started_at,"
            + " elapsed_ms, sessions, complete, price_notice, warnings";
    private static final String INSERT_RUN = "INSERT INTO backtest_runs (" + RUN_COLUMNS + ") VALUES (:id, :from, :to,"
            + " :data, :risk, :capital, :seed, :started, :elapsed, :sessions, :complete, :notice, :warnings)";
    private static final String INSERT_EQUITY =
            "INSERT INTO backtest_equity VALUES (:id, :day, :equity, :cash, :margin,"
                    + " :open, :realised, :unrealised)";
    private static final String INSERT_TRADE = "INSERT INTO backtest_trades VALUES (:id, :strategy, :symbol, :type,"
            + " :family, :state, :entry, :exit, :reason, :lots, :maxLoss, :margin, :gross, :costs, :net, :planPop,"
            + " :expiryPop, :expiryProfit)";

    private final Jdbi jdbi;

    JdbiBacktestStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(BacktestResult result) {
        BacktestRun run = result.run();
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate(INSERT_RUN)
                        .bind("id", run.runId())
                        .bind("from", run.from())
                        .bind("to", run.to())
                        .bind("data", run.data())
                        .bind("risk", run.risk())
                        .bind("capital", run.capitalPaise())
                        .bind("seed", run.seed())
                        .bind("started", run.startedAt().atOffset(ZoneOffset.UTC))
                        .bind("elapsed", run.elapsed().toMillis())
                        .bind("sessions", run.sessions())
                        .bind("complete", run.complete())
                        .bind("notice", run.priceNotice())
                        .bindArray("warnings", String.class, run.warnings())
                        .execute();
                equity(h, run.runId(), result.equity());
                trades(h, run.runId(), result.trades());
            });
        } catch (RuntimeException e) {
            throw new StoreException("cannot store backtest run " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    private static void equity(Handle h, String id, List<EquityPoint> points) {
        PreparedBatch batch = h.prepareBatch(INSERT_EQUITY);
        for (EquityPoint p : points) {
            batch.bind("id", id)
                    .bind("day", p.day())
                    .bind("equity", p.equityPaise())
                    .bind("cash", p.cashPaise())
                    .bind("margin", p.marginBlockedPaise())
                    .bind("open", p.openStrategies())
                    .bind("realised", p.realisedPaise())
                    .bind("unrealised", p.unrealisedPaise())
                    .add();
        }
        if (!points.isEmpty()) {
            batch.execute();
        }
    }

    private static void trades(Handle h, String id, List<BacktestTrade> trades) {
        PreparedBatch batch = h.prepareBatch(INSERT_TRADE);
        for (BacktestTrade t : trades) {
            batch.bind("id", id)
                    .bind("strategy", t.strategyId())
                    .bind("symbol", t.symbol())
                    .bind("type", t.strategyType())
                    .bind("family", t.family())
                    .bind("state", t.marketState())
                    .bind("entry", t.entryDate())
                    .bindBySqlType("exit", t.exitDate(), Types.DATE)
                    .bind("reason", t.exitReason())
                    .bind("lots", t.lots())
                    .bind("maxLoss", t.maxLossPaise())
                    .bind("margin", t.marginPaise())
                    .bind("gross", t.grossPnlPaise())
                    .bind("costs", t.costsPaise())
                    .bind("net", t.netPnlPaise())
                    .bind("planPop", t.predictedPlanPop())
                    .bind("expiryPop", t.predictedExpiryPop())
                    .bindBySqlType("expiryProfit", t.expiryProfit(), Types.BOOLEAN)
                    .add();
        }
        if (!trades.isEmpty()) {
            batch.execute();
        }
    }

    @Override
    public Optional<BacktestResult> find(String runId) {
        try {
            return jdbi.withHandle(h -> h.createQuery(
                            "SELECT " + RUN_COLUMNS + " FROM backtest_runs WHERE run_id = :id")
                    .bind("id", runId)
                    .map((rs, ctx) -> run(rs))
                    .findOne()
                    .map(run -> new BacktestResult(
                            run,
                            h.createQuery("SELECT * FROM backtest_equity WHERE run_id = :id ORDER BY day")
                                    .bind("id", runId)
                                    .map((rs, ctx) -> point(rs))
                                    .list(),
                            h.createQuery("SELECT * FROM backtest_trades WHERE run_id = :id"
                                            + " ORDER BY entry_date, strategy_id")
                                    .bind("id", runId)
                                    .map((rs, ctx) -> trade(rs))
                                    .list())));
        } catch (RuntimeException e) {
            throw new StoreException("cannot read backtest run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<BacktestRun> runs() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT " + RUN_COLUMNS + " FROM backtest_runs"
                            + " ORDER BY started_at DESC, length(run_id) DESC, run_id DESC")
                    .map((rs, ctx) -> run(rs))
                    .list());
        } catch (RuntimeException e) {
            throw new StoreException("cannot read the backtest runs: " + e.getMessage(), e);
        }
    }

    private static BacktestRun run(ResultSet rs) throws SQLException {
        Array warnings = rs.getArray("warnings");
        return new BacktestRun(
                rs.getString("run_id"),
                rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class),
                rs.getString("data"),
                rs.getString("risk"),
                rs.getLong("capital_paise"),
                rs.getLong("seed"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Duration.ofMillis(rs.getLong("elapsed_ms")),
                rs.getInt("sessions"),
                rs.getBoolean("complete"),
                rs.getString("price_notice"),
                Arrays.asList((String[]) warnings.getArray()));
    }

    private static EquityPoint point(ResultSet rs) throws SQLException {
        return new EquityPoint(
                rs.getObject("day", LocalDate.class),
                rs.getLong("equity_paise"),
                rs.getLong("cash_paise"),
                rs.getLong("margin_blocked_paise"),
                rs.getInt("open_strategies"),
                rs.getLong("realised_paise"),
                rs.getLong("unrealised_paise"));
    }

    private static BacktestTrade trade(ResultSet rs) throws SQLException {
        boolean profit = rs.getBoolean("expiry_profit");
        Boolean expiryProfit = rs.wasNull() ? null : profit;
        return new BacktestTrade(
                rs.getLong("strategy_id"),
                rs.getString("symbol"),
                rs.getString("strategy_type"),
                rs.getString("family"),
                rs.getString("market_state"),
                rs.getObject("entry_date", LocalDate.class),
                rs.getObject("exit_date", LocalDate.class),
                rs.getString("exit_reason"),
                rs.getInt("lots"),
                rs.getLong("max_loss_paise"),
                rs.getLong("margin_paise"),
                rs.getLong("gross_pnl_paise"),
                rs.getLong("costs_paise"),
                rs.getLong("net_pnl_paise"),
                rs.getDouble("predicted_plan_pop"),
                rs.getDouble("predicted_expiry_pop"),
                expiryProfit);
    }
}
