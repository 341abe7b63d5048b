package io.optionsv4.core.selection;

import java.util.Locale;

/**
 * The named components of a strategy's composite score (issue 5, part 5); each scores 0-100 (see {@link
 * StrategyRanker} for the formulas). {@link #COMPLEXITY} is the one penalty: it is subtracted, the others are added.
 */
public enum ScoreComponent {
    /** Probability of profit. */
    PROBABILITY,
    /** Maximum profit against maximum loss. */
    RISK_REWARD,
    /** Expected value relative to the maximum loss. */
    EXPECTED_VALUE,
    /** The strategy's volatility bias against the IV environment and its mean reversion. */
    IV_FIT,
    /** The strategy's directional bias against the symbol's outlook, weighted by its confidence. */
    DIRECTION_FIT,
    /** The strategy's place among the market state's preferred strategies. */
    MARKET_STATE_FIT,
    /** Open interest, volume and bid/ask spread of the legs. */
    LIQUIDITY,
    /** The Greeks / time-decay profile: theta earned or paid against the vega exposure. */
    GREEKS_PROFILE,
    /** RSI and MACD agreeing with the strategy's directional bias. */
    MOMENTUM,
    /** The strategy's complexity (1-5), subtracted with the penalty weight. */
    COMPLEXITY;

    /** Returns the lower-case name stored with a {@link ComponentScore}, e.g. {@code risk_reward}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns true for the component that is subtracted rather than added. */
    public boolean isPenalty() {
        return this == COMPLEXITY;
    }
}
