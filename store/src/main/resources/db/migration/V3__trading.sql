-- Options V4 schema, part 3: allocations and trading. Booked money is exact: paise in bigint, never float.

CREATE TABLE portfolio_allocations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    allocation_date date NOT NULL,
    risk_profile    text NOT NULL CHECK (risk_profile IN ('CONSERVATIVE', 'MODERATE', 'AGGRESSIVE')),
    capital_paise   price_paise NOT NULL CHECK (capital_paise > 0),
    status          text NOT NULL CHECK (status IN ('DRAFT', 'FINAL', 'CANCELLED')),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portfolio_allocations_date_idx ON portfolio_allocations (allocation_date);

CREATE TABLE portfolio_allocation_items (
    allocation_id    bigint NOT NULL REFERENCES portfolio_allocations (id) ON DELETE CASCADE,
    strategy_id      bigint NOT NULL REFERENCES strategies (id) ON DELETE RESTRICT,
    tier             integer NOT NULL CHECK (tier BETWEEN 1 AND 3),
    lots             integer NOT NULL CHECK (lots > 0),
    allocated_paise  price_paise NOT NULL,
    max_loss_paise   price_paise NOT NULL,
    PRIMARY KEY (allocation_id, strategy_id)
);
CREATE INDEX portfolio_allocation_items_strategy_idx ON portfolio_allocation_items (strategy_id);

CREATE TABLE strategy_execution_status (
    strategy_id   bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE RESTRICT,
    status        text NOT NULL CHECK (status IN ('MARKED', 'PENDING', 'EXECUTING', 'EXECUTED', 'PARTIAL',
                                                 'FAILED', 'CLOSED', 'CANCELLED')),
    marked_at     timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    message       text NOT NULL DEFAULT ''
);
CREATE INDEX strategy_execution_status_status_idx ON strategy_execution_status (status);

CREATE TABLE orders (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id       bigint NOT NULL REFERENCES strategies (id) ON DELETE RESTRICT,
    correlation_id    text NOT NULL UNIQUE CHECK (correlation_id <> ''),
    leg_index         integer NOT NULL CHECK (leg_index >= 0),
    symbol            text NOT NULL,
    security_id       text,
    side              text NOT NULL CHECK (side IN ('BUY', 'SELL')),
    option_type       text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    strike_price      positive_price NOT NULL,
    expiry_date       date NOT NULL,
    lots              integer NOT NULL CHECK (lots > 0),
    quantity          integer NOT NULL CHECK (quantity > 0),
    order_type        text NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT')),
    limit_price_paise price_paise,
    status            text NOT NULL CHECK (status IN ('NEW', 'SENT', 'ACCEPTED', 'PARTIALLY_FILLED', 'FILLED',
                                                     'CANCELLED', 'REJECTED', 'UNKNOWN')),
    broker_order_id   text,
    filled_quantity   integer NOT NULL DEFAULT 0 CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
    average_price_paise price_paise,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orders_limit_price_for_limit CHECK ((order_type = 'LIMIT') = (limit_price_paise IS NOT NULL))
);
CREATE INDEX orders_strategy_idx ON orders (strategy_id);
CREATE INDEX orders_status_idx ON orders (status);

-- One traded leg: entry and (once closed) exit prices per unit in paise, realised P&L in paise.
CREATE TABLE trades (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id         bigint NOT NULL REFERENCES strategies (id) ON DELETE RESTRICT,
    entry_order_id      bigint REFERENCES orders (id) ON DELETE RESTRICT,
    exit_order_id       bigint REFERENCES orders (id) ON DELETE RESTRICT,
    leg_index           integer NOT NULL CHECK (leg_index >= 0),
    symbol              text NOT NULL,
    side                text NOT NULL CHECK (side IN ('BUY', 'SELL')),
    option_type         text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    strike_price        positive_price NOT NULL,
    expiry_date         date NOT NULL,
    lots                integer NOT NULL CHECK (lots > 0),
    quantity            integer NOT NULL CHECK (quantity > 0),
    entry_price_paise   price_paise NOT NULL,
    exit_price_paise    price_paise,
    charges_paise       price_paise NOT NULL DEFAULT 0,
    realized_pnl_paise  paise,
    status              text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    entered_at          timestamptz NOT NULL,
    exited_at           timestamptz,
    CONSTRAINT trades_closed_has_exit CHECK ((status = 'CLOSED') = (exit_price_paise IS NOT NULL AND exited_at IS NOT NULL))
);
CREATE INDEX trades_strategy_idx ON trades (strategy_id);
CREATE INDEX trades_open_idx ON trades (status) WHERE status = 'OPEN';

-- Net open position per contract; net_lots signed (positive long, negative short), never zero.
CREATE TABLE positions (
    symbol               text NOT NULL,
    option_type          text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    strike_price         positive_price NOT NULL,
    expiry_date          date NOT NULL,
    net_lots             integer NOT NULL CHECK (net_lots <> 0),
    average_price_paise  price_paise NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, option_type, strike_price, expiry_date)
);

CREATE TABLE exit_actions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    strategy_id   bigint NOT NULL REFERENCES strategies (id) ON DELETE RESTRICT,
    action        text NOT NULL CHECK (action IN ('HOLD', 'EXIT', 'ALERT')),
    reason        text NOT NULL,
    pnl_paise     paise,
    decided_at    timestamptz NOT NULL,
    executed      boolean NOT NULL DEFAULT false
);
CREATE INDEX exit_actions_strategy_idx ON exit_actions (strategy_id, decided_at);

-- Funds ledger of the paper broker: deposits, withdrawals, premiums, charges and realised P&L, in paise.
CREATE TABLE fund_ledger (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_kind    text NOT NULL CHECK (entry_kind IN ('DEPOSIT', 'WITHDRAWAL', 'PREMIUM', 'CHARGES', 'REALIZED_PNL')),
    amount_paise  paise NOT NULL,
    strategy_id   bigint REFERENCES strategies (id) ON DELETE RESTRICT,
    booked_at     timestamptz NOT NULL DEFAULT now(),
    note          text NOT NULL DEFAULT ''
);
CREATE INDEX fund_ledger_strategy_idx ON fund_ledger (strategy_id) WHERE strategy_id IS NOT NULL;

-- Append-only audit log: a trigger rejects UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    logged_at    timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL CHECK (actor <> ''),
    event        text NOT NULL CHECK (event <> ''),
    entity       text NOT NULL,
    entity_id    text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % rejected', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
