-- Options V4 schema, part 2: reference and allocation tables, option chain snapshots, market conditions, IV history.

CREATE TABLE stock_data (
    symbol      text PRIMARY KEY CHECK (symbol <> ''),
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('STOCK', 'INDEX')),
    industry    text NOT NULL CHECK (industry <> ''),
    sector      text NOT NULL CHECK (sector <> ''),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_data_industry_idx ON stock_data (industry);

-- weight_percentage: share of capital for the industry in percent (0..100); source: DERIVED or IMPORTED.
CREATE TABLE industry_allocations_current (
    industry           text PRIMARY KEY CHECK (industry <> ''),
    weight_percentage  numeric(7, 4) NOT NULL CHECK (weight_percentage >= 0 AND weight_percentage <= 100),
    position_type      text NOT NULL CHECK (position_type IN ('LONG', 'SHORT')),
    relative_strength  finite_double,
    source             text NOT NULL CHECK (source IN ('DERIVED', 'IMPORTED')),
    as_of_date         date NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sector_allocations_current (
    sector             text PRIMARY KEY CHECK (sector <> ''),
    weight_percentage  numeric(7, 4) NOT NULL CHECK (weight_percentage >= 0 AND weight_percentage <= 100),
    position_type      text NOT NULL CHECK (position_type IN ('LONG', 'SHORT')),
    as_of_date         date NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE option_chain_data (
    symbol          text NOT NULL,
    trade_date      date NOT NULL,
    expiry_date     date NOT NULL,
    strike_price    positive_price NOT NULL,
    option_type     text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    last_price      price NOT NULL,
    settle_price    price NOT NULL,
    volume          bigint NOT NULL CHECK (volume >= 0),
    open_interest   bigint NOT NULL CHECK (open_interest >= 0),
    implied_volatility price,
    PRIMARY KEY (symbol, trade_date, expiry_date, strike_price, option_type),
    CONSTRAINT option_chain_data_expiry_after_trade CHECK (expiry_date >= trade_date)
);
CREATE INDEX option_chain_data_trade_date_idx ON option_chain_data (trade_date);

CREATE TABLE market_conditions (
    trade_date      date PRIMARY KEY,
    nifty_close     positive_price NOT NULL,
    india_vix       price NOT NULL,
    direction       text NOT NULL CHECK (direction IN ('BULLISH', 'BEARISH', 'NEUTRAL')),
    vix_regime      text NOT NULL CHECK (vix_regime IN ('LOW', 'NORMAL', 'HIGH')),
    put_call_ratio  price,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- One row per symbol and trading day: the near expiry's ATM IV, 25-delta skew and a summary of the chain.
CREATE TABLE historical_iv_summary (
    symbol            text NOT NULL CHECK (symbol <> ''),
    trade_date        date NOT NULL,
    expiry_date       date NOT NULL,
    spot_price        positive_price NOT NULL,
    atm_strike        positive_price NOT NULL,
    atm_iv            price NOT NULL,
    call_25d_iv       price,
    put_25d_iv        price,
    skew_25d          finite_double,
    strikes           integer NOT NULL CHECK (strikes >= 0),
    priced_options    integer NOT NULL CHECK (priced_options >= 0),
    call_open_interest bigint NOT NULL CHECK (call_open_interest >= 0),
    put_open_interest  bigint NOT NULL CHECK (put_open_interest >= 0),
    call_volume       bigint NOT NULL CHECK (call_volume >= 0),
    put_volume        bigint NOT NULL CHECK (put_volume >= 0),
    collected_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, trade_date),
    CONSTRAINT historical_iv_summary_expiry_after_trade CHECK (expiry_date >= trade_date)
);
CREATE INDEX historical_iv_summary_trade_date_idx ON historical_iv_summary (trade_date);

-- IV rank and percentile of one symbol as of one day over the trailing window (core.analysis.IvStatistics).
CREATE TABLE iv_percentiles (
    symbol         text NOT NULL CHECK (symbol <> ''),
    as_of_date     date NOT NULL,
    current_iv     price NOT NULL,
    iv_rank        fraction NOT NULL,
    iv_percentile  fraction NOT NULL,
    min_iv         price NOT NULL,
    max_iv         price NOT NULL,
    observations   integer NOT NULL CHECK (observations > 0),
    window_days    integer NOT NULL CHECK (window_days > 0),
    computed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, as_of_date),
    CONSTRAINT iv_percentiles_range CHECK (min_iv <= current_iv AND current_iv <= max_iv)
);
