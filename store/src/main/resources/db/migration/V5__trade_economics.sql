-- Issue 12: the trade economics of each stored strategy, exact to the paisa. NULL for strategies stored before them.
-- net_*: at executable prices after the round-trip costs (core.selection.CandidateEconomics): max profit and
-- expected value less the round trip at the target, max loss plus the round trip at the loss spot (positive; NULL
-- when unlimited, like max profit). net_ev_paise is the expected P&L under the exit plan net of the cost stack;
-- capital_required_paise what the position ties up (local NSE-like margin, or the broker's under --data dhan).
ALTER TABLE strategies
    ADD COLUMN net_max_profit_paise        paise,
    ADD COLUMN net_max_loss_paise          paise,
    ADD COLUMN net_expected_value_paise    paise,
    ADD COLUMN net_ev_paise                paise,
    ADD COLUMN net_probability_of_profit   fraction,
    ADD COLUMN costs_total_paise           price_paise,
    ADD COLUMN capital_required_paise      price_paise;
