-- Options V4 schema, part 7: the honest IV rank (issue 13, item 5).
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
