-- Options V4 schema, part 7: the honest IV rank and indices analysed from their chains (issue 13, items 5 and 7).
-- historical_iv_summary.atm_iv_30d: the day's 30-day constant-maturity ATM IV (core.analysis.ConstantMaturityIv),
-- interpolated in total variance between the expiries on either side of 30 days; the IV history and the IV rank are
-- built on it alone. NULL on rows collected before it was recorded (their atm_iv is the nearest expiry's, a different
-- figure, so they do not enter the history). expiry_date and the other columns now describe the series traded (the
-- expiry nearest 30 days) on new rows.
ALTER TABLE historical_iv_summary ADD COLUMN atm_iv_30d price;

-- The IV rank, percentile and environment of an analysis are absent (all three NULL) when there was too little stored
-- IV history to rank today's IV against.
ALTER TABLE strategy_iv_analysis ALTER COLUMN iv_rank DROP NOT NULL;
ALTER TABLE strategy_iv_analysis ALTER COLUMN iv_percentile DROP NOT NULL;
ALTER TABLE strategy_iv_analysis ALTER COLUMN iv_environment DROP NOT NULL;
ALTER TABLE strategy_iv_analysis ADD CONSTRAINT strategy_iv_analysis_rank_together CHECK (
    (iv_rank IS NULL) = (iv_percentile IS NULL) AND (iv_rank IS NULL) = (iv_environment IS NULL));

-- An index analysed from its option chains alone (no daily price history, e.g. BANKNIFTY in the 2020 replay) has no
-- realised volatility and no volume-profile value area: those columns are NULL (the value area's three together).
ALTER TABLE strategy_iv_analysis ALTER COLUMN historical_volatility DROP NOT NULL;
ALTER TABLE strategy_monitoring ALTER COLUMN value_area_low DROP NOT NULL;
ALTER TABLE strategy_monitoring ALTER COLUMN point_of_control DROP NOT NULL;
ALTER TABLE strategy_monitoring ALTER COLUMN value_area_high DROP NOT NULL;
ALTER TABLE strategy_monitoring ADD CONSTRAINT strategy_monitoring_value_area_together CHECK (
    (value_area_low IS NULL) = (point_of_control IS NULL) AND (value_area_low IS NULL) = (value_area_high IS NULL));
