-- Options V4 schema, part 7: the paper broker's accounts (issue 15). Everything a paper account books lives here, so a
-- restarted paper broker sees the same orders, fills, positions and funds. Positions and funds are derived from the
-- fills, settlements and the ledger, never stored twice. Money is exact: paise in bigint.
-- version: raised by one with every stored step; a writer stores only at the version it read (optimistic locking).
CREATE TABLE paper_accounts (
    account     text PRIMARY KEY CHECK (account ~ '^[A-Za-z0-9_-]{1,30}$'),
    version     bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One order as the paper broker knows it; seq keeps placement order. The limit price is the current one.
CREATE TABLE paper_orders (
    account           text NOT NULL REFERENCES paper_accounts (account) ON DELETE CASCADE,
    order_id          text NOT NULL CHECK (order_id <> ''),
    seq               bigint NOT NULL CHECK (seq > 0),
    correlation_id    text NOT NULL CHECK (correlation_id <> ''),
    instrument_kind   text NOT NULL CHECK (instrument_kind IN ('OPTION', 'EQUITY')),
    symbol            text NOT NULL CHECK (symbol <> ''),
    option_type       text CHECK (option_type IN ('CALL', 'PUT')),
    strike_paise      bigint CHECK (strike_paise > 0),
    expiry_date       date,
    side              text NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity          integer NOT NULL CHECK (quantity > 0),
    lot_size          integer NOT NULL CHECK (lot_size > 0),
    order_type        text NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT')),
    limit_price_paise bigint CHECK (limit_price_paise > 0),
    validity          text NOT NULL CHECK (validity IN ('DAY', 'IOC')),
    status            text NOT NULL CHECK (status IN ('PENDING', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED',
                                                     'REJECTED', 'EXPIRED')),
    filled_quantity   integer NOT NULL CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
    filled_value_paise bigint NOT NULL CHECK (filled_value_paise >= 0),
    reason            text NOT NULL,
    placed_at         timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (account, order_id),
    CONSTRAINT paper_orders_correlation_id_unique UNIQUE (account, correlation_id),
    CONSTRAINT paper_orders_seq_unique UNIQUE (account, seq),
    CONSTRAINT paper_orders_limit_price_for_limit CHECK ((order_type = 'LIMIT') = (limit_price_paise IS NOT NULL)),
    CONSTRAINT paper_orders_option_fields CHECK ((instrument_kind = 'OPTION') =
        (option_type IS NOT NULL AND strike_paise IS NOT NULL AND expiry_date IS NOT NULL))
);

-- One trade of a paper order with the charges booked for it: the growth of its day's contract note (STT and stamp
-- duty on the day's totals, rounded to the rupee), so a day's fills add up to that day's contract note.
CREATE TABLE paper_fills (
    account           text NOT NULL,
    trade_id          text NOT NULL CHECK (trade_id <> ''),
    seq               bigint NOT NULL CHECK (seq > 0),
    order_id          text NOT NULL,
    quantity          integer NOT NULL CHECK (quantity > 0),
    price_paise       bigint NOT NULL CHECK (price_paise >= 0),
    traded_at         timestamptz NOT NULL,
    brokerage_paise   bigint NOT NULL CHECK (brokerage_paise >= 0),
    stt_paise         bigint NOT NULL CHECK (stt_paise >= 0),
    exchange_paise    bigint NOT NULL CHECK (exchange_paise >= 0),
    sebi_paise        bigint NOT NULL CHECK (sebi_paise >= 0),
    stamp_duty_paise  bigint NOT NULL CHECK (stamp_duty_paise >= 0),
    ipft_paise        bigint NOT NULL CHECK (ipft_paise >= 0),
    gst_paise         bigint NOT NULL CHECK (gst_paise >= 0),
    PRIMARY KEY (account, trade_id),
    CONSTRAINT paper_fills_seq_unique UNIQUE (account, seq),
    FOREIGN KEY (account, order_id) REFERENCES paper_orders (account, order_id) ON DELETE CASCADE
);
CREATE INDEX paper_fills_order_idx ON paper_fills (account, order_id);

-- An option position closed by its expiry at its intrinsic value; a contract settles once per account.
CREATE TABLE paper_settlements (
    account                text NOT NULL REFERENCES paper_accounts (account) ON DELETE CASCADE,
    seq                    bigint NOT NULL CHECK (seq > 0),
    symbol                 text NOT NULL CHECK (symbol <> ''),
    option_type            text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    strike_paise           bigint NOT NULL CHECK (strike_paise > 0),
    expiry_date            date NOT NULL,
    quantity               integer NOT NULL CHECK (quantity <> 0),
    underlying_price_paise bigint NOT NULL CHECK (underlying_price_paise > 0),
    intrinsic_value_paise  bigint NOT NULL CHECK (intrinsic_value_paise >= 0),
    settled_at             timestamptz NOT NULL,
    brokerage_paise        bigint NOT NULL CHECK (brokerage_paise >= 0),
    stt_paise              bigint NOT NULL CHECK (stt_paise >= 0),
    exchange_paise         bigint NOT NULL CHECK (exchange_paise >= 0),
    sebi_paise             bigint NOT NULL CHECK (sebi_paise >= 0),
    stamp_duty_paise       bigint NOT NULL CHECK (stamp_duty_paise >= 0),
    ipft_paise             bigint NOT NULL CHECK (ipft_paise >= 0),
    gst_paise              bigint NOT NULL CHECK (gst_paise >= 0),
    PRIMARY KEY (account, symbol, option_type, strike_paise, expiry_date),
    CONSTRAINT paper_settlements_seq_unique UNIQUE (account, seq)
);

-- The cash ledger of a paper account: the balance is the sum of amount_paise (positive in, negative out).
CREATE TABLE paper_ledger (
    account       text NOT NULL REFERENCES paper_accounts (account) ON DELETE CASCADE,
    seq           bigint NOT NULL CHECK (seq > 0),
    entry_kind    text NOT NULL CHECK (entry_kind IN ('DEPOSIT', 'PREMIUM', 'CHARGES', 'SETTLEMENT')),
    amount_paise  bigint NOT NULL,
    booked_at     timestamptz NOT NULL,
    reference     text NOT NULL,
    note          text NOT NULL,
    PRIMARY KEY (account, seq)
);
