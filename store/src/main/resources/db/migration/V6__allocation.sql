-- Options V4 schema, part 6: what portfolio allocation (issue 14) needs beyond parts 1-4.
-- strategy_plan_outcomes: the exit plan's outcome distribution per strategy lot (one strategy as constructed), from
-- core.exit.PlanSimulator: P(target first), P(stop first), P(time exit) and the mean P&L of each, rupees.
CREATE TABLE strategy_plan_outcomes (
    strategy_id          bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    lot_size             integer NOT NULL CHECK (lot_size > 0),
    target_probability   fraction NOT NULL,
    stop_probability     fraction NOT NULL,
    time_probability     fraction NOT NULL,
    target_pnl_per_lot   finite_double NOT NULL,
    stop_pnl_per_lot     finite_double NOT NULL,
    time_pnl_per_lot     finite_double NOT NULL,
    CONSTRAINT strategy_plan_outcomes_sum
        CHECK (abs(target_probability + stop_probability + time_probability - 1) <= 1e-9)
);

-- What the allocation report needs per allocation and item.
ALTER TABLE portfolio_allocations
    ADD COLUMN deployed_paise      price_paise NOT NULL DEFAULT 0,
    ADD COLUMN expected_pnl_paise  paise NOT NULL DEFAULT 0;

ALTER TABLE portfolio_allocation_items
    ADD COLUMN expected_pnl_paise  paise NOT NULL DEFAULT 0,
    ADD COLUMN kelly_fraction      fraction NOT NULL DEFAULT 0,
    ADD COLUMN beta_to_nifty       finite_double NOT NULL DEFAULT 1;

-- A strategy chosen by an allocation is ALLOCATED with its lots until it is marked or executed.
ALTER TABLE strategy_execution_status DROP CONSTRAINT strategy_execution_status_status_check;
ALTER TABLE strategy_execution_status ADD CONSTRAINT strategy_execution_status_status_check
    CHECK (status IN ('ALLOCATED', 'MARKED', 'PENDING', 'EXECUTING', 'EXECUTED', 'PARTIAL', 'FAILED', 'CLOSED',
                      'CANCELLED'));
ALTER TABLE strategy_execution_status ADD COLUMN lots integer CHECK (lots > 0);
