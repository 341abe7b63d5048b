-- Options V4 schema, part 4: what one analysis run stores beyond part 1-3.
-- Exit levels may be Greek triggers; market conditions keep the evaluated state, its confidence, the VIX percentile,
-- NIFTY's direction confidence and when the row was last written (core.conditions.StoredMarketConditions).

ALTER TABLE strategy_exit_levels DROP CONSTRAINT strategy_exit_levels_exit_kind_check;
ALTER TABLE strategy_exit_levels ADD CONSTRAINT strategy_exit_levels_exit_kind_check
    CHECK (exit_kind IN ('PROFIT_TARGET', 'STOP_LOSS', 'TIME_EXIT', 'ADJUSTMENT', 'GREEK_TRIGGER'));

-- Rows written before this migration: the state follows from direction and regime (the names are built the same
-- way), the two confidences were never computed and read 0, the VIX percentile is unknown (NULL).
ALTER TABLE market_conditions
    ADD COLUMN state                      text,
    ADD COLUMN confidence                 fraction NOT NULL DEFAULT 0,
    ADD COLUMN vix_percentile             fraction,
    ADD COLUMN nifty_direction_confidence fraction NOT NULL DEFAULT 0,
    ADD COLUMN stored_at                  timestamptz;

UPDATE market_conditions SET state = direction || '_' || vix_regime || '_VIX', stored_at = created_at;

ALTER TABLE market_conditions
    ALTER COLUMN state SET NOT NULL,
    ALTER COLUMN confidence DROP DEFAULT,
    ALTER COLUMN nifty_direction_confidence DROP DEFAULT,
    ALTER COLUMN stored_at SET NOT NULL,
    ALTER COLUMN stored_at SET DEFAULT now(),
    ADD CONSTRAINT market_conditions_state_check CHECK (state IN ('BULLISH_LOW_VIX', 'BULLISH_NORMAL_VIX',
        'BULLISH_HIGH_VIX', 'BEARISH_LOW_VIX', 'BEARISH_NORMAL_VIX', 'BEARISH_HIGH_VIX', 'NEUTRAL_LOW_VIX',
        'NEUTRAL_NORMAL_VIX', 'NEUTRAL_HIGH_VIX')),
    ADD CONSTRAINT market_conditions_state_matches
        CHECK (state = direction || '_' || vix_regime || '_VIX');
