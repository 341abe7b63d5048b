-- Issue 16: the peak net P&L each strategy has reached, for the trailing stop across monitor restarts.
-- Exact paise (rounded half-even from the monitor's rupee figure); only ever raised.
CREATE TABLE strategy_pnl_peaks (
    strategy_id    bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    peak_pnl_paise bigint NOT NULL,
    peak_at        timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
