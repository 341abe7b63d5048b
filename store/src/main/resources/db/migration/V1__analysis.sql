-- Options V4 schema, part 1: value domains and the strategy analysis tables of the original system.
-- Analytics figures are double precision rupees or decimal fractions; the domains reject NaN and infinities
-- (PostgreSQL orders NaN above +Infinity, so abs(VALUE) < 'Infinity' excludes both).

CREATE DOMAIN finite_double AS double precision CHECK (abs(VALUE) < 'Infinity');
CREATE DOMAIN price AS double precision CHECK (VALUE >= 0 AND VALUE < 'Infinity');
CREATE DOMAIN positive_price AS double precision CHECK (VALUE > 0 AND VALUE < 'Infinity');
CREATE DOMAIN fraction AS double precision CHECK (VALUE >= 0 AND VALUE <= 1);
CREATE DOMAIN paise AS bigint;
CREATE DOMAIN price_paise AS bigint CHECK (VALUE >= 0);

-- One recommended strategy of one symbol on one trade date. legs_key is the canonical text of the legs
-- (side, right, strike, expiry, lots per leg); with symbol, strategy_name and trade_date it is the idempotency key.
CREATE TABLE strategies (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    symbol           text NOT NULL CHECK (symbol <> ''),
    trade_date       date NOT NULL,
    strategy_name    text NOT NULL CHECK (strategy_name <> ''),
    legs_key         text NOT NULL CHECK (legs_key <> ''),
    spot_price       positive_price NOT NULL,
    total_score      finite_double NOT NULL,
    conviction       text NOT NULL CHECK (conviction IN ('VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    rank_in_symbol   integer NOT NULL CHECK (rank_in_symbol >= 1),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT strategies_idempotency_key UNIQUE (symbol, trade_date, strategy_name, legs_key)
);
CREATE INDEX strategies_trade_date_idx ON strategies (trade_date, symbol);

-- Option legs with their Greeks (per unit, long; see core.market.OptionGreeks).
CREATE TABLE strategy_details (
    strategy_id        bigint NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    leg_index          integer NOT NULL CHECK (leg_index >= 0),
    side               text NOT NULL CHECK (side IN ('BUY', 'SELL')),
    option_type        text NOT NULL CHECK (option_type IN ('CALL', 'PUT')),
    strike_price       positive_price NOT NULL,
    expiry_date        date NOT NULL,
    lots               integer NOT NULL CHECK (lots > 0),
    premium_per_unit   price NOT NULL,
    implied_volatility price NOT NULL,
    delta              finite_double NOT NULL,
    gamma              finite_double NOT NULL,
    vega               finite_double NOT NULL,
    theta              finite_double NOT NULL,
    rho                finite_double NOT NULL,
    PRIMARY KEY (strategy_id, leg_index)
);

-- Probability, expected value and breakevens (core.probability.StrategyFigures); NULL max profit/loss = unlimited.
CREATE TABLE strategy_parameters (
    strategy_id            bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    probability_of_profit  fraction NOT NULL,
    expected_value         finite_double NOT NULL,
    max_profit             finite_double,
    max_loss               finite_double,
    breakevens             double precision[] NOT NULL
        CONSTRAINT strategy_parameters_breakevens_finite
        CHECK (array_position(breakevens, 'NaN'::double precision) IS NULL
            AND array_position(breakevens, 'Infinity'::double precision) IS NULL
            AND array_position(breakevens, '-Infinity'::double precision) IS NULL)
);

-- Max pain and value area: the levels the monitor watches (expected moves: strategy_expected_moves).
CREATE TABLE strategy_monitoring (
    strategy_id          bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    max_pain             positive_price NOT NULL,
    value_area_low       positive_price NOT NULL,
    point_of_control     positive_price NOT NULL,
    value_area_high      positive_price NOT NULL,
    CONSTRAINT strategy_monitoring_value_area_order
        CHECK (value_area_low <= point_of_control AND point_of_control <= value_area_high)
);

CREATE TABLE strategy_risk_management (
    strategy_id          bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    profit_target        fraction NOT NULL,
    stop_loss            fraction NOT NULL,
    time_exit_dte        integer NOT NULL CHECK (time_exit_dte >= 0),
    max_risk_rupees      price NOT NULL
);

-- Net Greeks of the strategy: per-unit Greeks times signed lots times lot size, summed over legs.
CREATE TABLE strategy_greek_exposures (
    strategy_id   bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    net_delta     finite_double NOT NULL,
    net_gamma     finite_double NOT NULL,
    net_vega      finite_double NOT NULL,
    net_theta     finite_double NOT NULL
);

CREATE TABLE strategy_market_analysis (
    strategy_id           bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    direction             text NOT NULL CHECK (direction IN ('BULLISH', 'BEARISH', 'NEUTRAL')),
    direction_confidence  fraction NOT NULL,
    trend_score           finite_double NOT NULL,
    india_vix             price NOT NULL,
    put_call_ratio        price NOT NULL
);

CREATE TABLE strategy_iv_analysis (
    strategy_id            bigint PRIMARY KEY REFERENCES strategies (id) ON DELETE CASCADE,
    atm_iv                 price NOT NULL,
    historical_volatility  price NOT NULL,
    iv_rank                fraction NOT NULL,
    iv_percentile          fraction NOT NULL,
    iv_environment         text NOT NULL CHECK (iv_environment IN ('VERY_LOW', 'LOW', 'NORMAL', 'HIGH', 'VERY_HIGH'))
);

CREATE TABLE strategy_price_levels (
    strategy_id   bigint NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    level_index   integer NOT NULL CHECK (level_index >= 0),
    level_type    text NOT NULL CHECK (level_type IN ('SUPPORT', 'RESISTANCE')),
    price         positive_price NOT NULL,
    strength      fraction NOT NULL,
    PRIMARY KEY (strategy_id, level_index)
);

CREATE TABLE strategy_expected_moves (
    strategy_id    bigint NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    horizon_days   integer NOT NULL CHECK (horizon_days > 0),
    move           price NOT NULL,
    lower_bound    price NOT NULL,
    upper_bound    price NOT NULL,
    PRIMARY KEY (strategy_id, horizon_days),
    CONSTRAINT strategy_expected_moves_bounds_order CHECK (lower_bound <= upper_bound)
);

CREATE TABLE strategy_exit_levels (
    strategy_id    bigint NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    level_index    integer NOT NULL CHECK (level_index >= 0),
    exit_kind      text NOT NULL CHECK (exit_kind IN ('PROFIT_TARGET', 'STOP_LOSS', 'TIME_EXIT', 'ADJUSTMENT')),
    trigger_value  finite_double NOT NULL,
    exit_fraction  fraction NOT NULL,
    description    text NOT NULL,
    PRIMARY KEY (strategy_id, level_index)
);

CREATE TABLE strategy_component_scores (
    strategy_id   bigint NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
    component_index integer NOT NULL CHECK (component_index >= 0),
    component     text NOT NULL CHECK (component <> ''),
    score         finite_double NOT NULL,
    weight        fraction NOT NULL,
    PRIMARY KEY (strategy_id, component_index),
    CONSTRAINT strategy_component_scores_unique_component UNIQUE (strategy_id, component)
);
