-- Options V4 schema: backtest results (issue 17, items 2 and 4), kept so that two runs can be compared. One row per
-- run, its account at each simulated close and every strategy it entered; money in paise. A run that stopped before
-- its last day is stored with complete = false, never as complete. The run's working books (analyses, orders, the
-- paper account) live in a schema of their own that is dropped after the run; only these results stay.
CREATE TABLE backtest_runs (
    run_id         text PRIMARY KEY,
    from_date      date NOT NULL,
    to_date        date NOT NULL CHECK (to_date >= from_date),
    data           text NOT NULL,
    risk           text NOT NULL,
    capital_paise  bigint NOT NULL CHECK (capital_paise > 0),
    seed           bigint NOT NULL,
    started_at     timestamptz NOT NULL,
    elapsed_ms     bigint NOT NULL CHECK (elapsed_ms >= 0),
    sessions       integer NOT NULL CHECK (sessions >= 0),
    complete       boolean NOT NULL,
    price_notice   text NOT NULL,
    warnings       text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE backtest_equity (
    run_id                text NOT NULL REFERENCES backtest_runs (run_id) ON DELETE CASCADE,
    day                   date NOT NULL,
    equity_paise          bigint NOT NULL,
    cash_paise            bigint NOT NULL,
    margin_blocked_paise  bigint NOT NULL CHECK (margin_blocked_paise >= 0),
    open_strategies       integer NOT NULL CHECK (open_strategies >= 0),
    realised_paise        bigint NOT NULL,
    unrealised_paise      bigint NOT NULL,
    PRIMARY KEY (run_id, day)
);

CREATE TABLE backtest_trades (
    run_id                text NOT NULL REFERENCES backtest_runs (run_id) ON DELETE CASCADE,
    strategy_id           bigint NOT NULL,
    symbol                text NOT NULL,
    strategy_type         text NOT NULL,
    family                text NOT NULL,
    market_state          text NOT NULL,
    entry_date            date NOT NULL,
    exit_date             date,
    exit_reason           text NOT NULL,
    lots                  integer NOT NULL,
    max_loss_paise        bigint NOT NULL,
    margin_paise          bigint NOT NULL,
    gross_pnl_paise       bigint NOT NULL,
    costs_paise           bigint NOT NULL,
    net_pnl_paise         bigint NOT NULL CHECK (net_pnl_paise = gross_pnl_paise - costs_paise),
    predicted_plan_pop    double precision NOT NULL CHECK (predicted_plan_pop BETWEEN 0 AND 1),
    predicted_expiry_pop  double precision NOT NULL CHECK (predicted_expiry_pop BETWEEN 0 AND 1),
    expiry_profit         boolean,
    PRIMARY KEY (run_id, strategy_id)
);

CREATE INDEX backtest_trades_entry ON backtest_trades (run_id, entry_date);
