-- Options V4 schema, part 8: trade execution (issue 15, engine.execution; docs/execution.md).

-- The installation's namespace: the first part of every correlation id this database sends, so two databases sharing
-- one broker account never tag two orders alike. Generated once, when the migration runs.
CREATE TABLE execution_installation (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    namespace   text NOT NULL CHECK (namespace ~ '^[A-Za-z0-9]{1,6}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO execution_installation (namespace)
    VALUES ('v' || substr(md5(random()::text || clock_timestamp()::text), 1, 5));

-- The per-strategy execution state machine: ENTERING -> ENTERED, or ENTERING -> UNWINDING -> FAILED (ENTERING ->
-- FAILED when nothing filled). attempt counts executions of the strategy: a FAILED strategy marked again is executed
-- as attempt + 1, with new correlation ids. Every change is committed before the next broker call.
CREATE TABLE strategy_executions (
    strategy_id  bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE RESTRICT,
    attempt      integer NOT NULL CHECK (attempt >= 1),
    state        text NOT NULL CHECK (state IN ('ENTERING', 'UNWINDING', 'ENTERED', 'FAILED')),
    lots         integer NOT NULL CHECK (lots > 0),
    broker       text NOT NULL CHECK (broker <> ''),
    reason       text NOT NULL DEFAULT '',
    started_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX strategy_executions_open_idx ON strategy_executions (state) WHERE state IN ('ENTERING', 'UNWINDING');

-- Orders: why each exists and its sequence (entry: the strategy's attempt; unwind: the n-th unwind order of the leg),
-- the exact traded value (average_price_paise is rounded), the first limit and the step of the price chase (the
-- current limit is limit_price_paise), the broker's reason, and
-- whether (and on which trading day's contract note) its fills are booked (trades, fund_ledger, positions). SENT: committed before the place call, which may or
-- may not have reached the broker; UNKNOWN: the call's outcome is unknown. Both are reconciled by correlation id.
ALTER TABLE orders
    ADD COLUMN purpose             text NOT NULL DEFAULT 'ENTRY' CHECK (purpose IN ('ENTRY', 'EXIT', 'UNWIND')),
    ADD COLUMN sequence            integer NOT NULL DEFAULT 1 CHECK (sequence >= 1),
    ADD COLUMN filled_value_paise  price_paise NOT NULL DEFAULT 0,
    ADD COLUMN first_limit_paise   price_paise,
    ADD COLUMN chase_step          integer NOT NULL DEFAULT 0 CHECK (chase_step >= 0),
    ADD COLUMN reason              text NOT NULL DEFAULT '',
    ADD COLUMN broker              text NOT NULL DEFAULT 'paper',
    ADD COLUMN booked              boolean NOT NULL DEFAULT false,
    ADD COLUMN booked_on           date,
    ADD CONSTRAINT orders_value_with_fill CHECK (filled_quantity > 0 OR filled_value_paise = 0),
    ADD CONSTRAINT orders_booked_on CHECK (booked = (booked_on IS NOT NULL)),
    ADD CONSTRAINT orders_step_unique UNIQUE (strategy_id, leg_index, purpose, sequence);
CREATE INDEX orders_booked_on_idx ON orders (booked_on) WHERE booked_on IS NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check
    CHECK (status IN ('NEW', 'SENT', 'ACCEPTED', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED', 'REJECTED', 'EXPIRED',
                      'UNKNOWN'));

-- Trades: exact entry and exit values beside the rounded per-unit prices; what of the leg is closed so far.
ALTER TABLE trades
    ADD COLUMN entry_value_paise    price_paise,
    ADD COLUMN exit_quantity        integer NOT NULL DEFAULT 0 CHECK (exit_quantity >= 0),
    ADD COLUMN exit_value_paise     price_paise NOT NULL DEFAULT 0,
    ADD CONSTRAINT trades_exit_within CHECK (exit_quantity <= quantity);
CREATE UNIQUE INDEX trades_entry_order_idx ON trades (entry_order_id) WHERE entry_order_id IS NOT NULL;

-- Fund ledger rows of an order: one premium and one charges row per order at most.
ALTER TABLE fund_ledger ADD COLUMN order_id bigint REFERENCES orders (id) ON DELETE RESTRICT;
CREATE UNIQUE INDEX fund_ledger_order_kind_idx ON fund_ledger (order_id, entry_kind) WHERE order_id IS NOT NULL;
