package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.result.Checks;

/** The nine market states: NIFTY's {@link Direction} crossed with India VIX's {@link VixRegime}. */
public enum MarketState {
    /** Rising market, cheap options. */
    BULLISH_LOW_VIX(Direction.BULLISH, VixRegime.LOW),
    /** Rising market, normal options. */
    BULLISH_NORMAL_VIX(Direction.BULLISH, VixRegime.NORMAL),
    /** Rising market, expensive options. */
    BULLISH_HIGH_VIX(Direction.BULLISH, VixRegime.HIGH),
    /** Falling market, cheap options. */
    BEARISH_LOW_VIX(Direction.BEARISH, VixRegime.LOW),
    /** Falling market, normal options. */
    BEARISH_NORMAL_VIX(Direction.BEARISH, VixRegime.NORMAL),
    /** Falling market, expensive options. */
    BEARISH_HIGH_VIX(Direction.BEARISH, VixRegime.HIGH),
    /** Sideways market, cheap options. */
    NEUTRAL_LOW_VIX(Direction.NEUTRAL, VixRegime.LOW),
    /** Sideways market, normal options. */
    NEUTRAL_NORMAL_VIX(Direction.NEUTRAL, VixRegime.NORMAL),
    /** Sideways market, expensive options. */
    NEUTRAL_HIGH_VIX(Direction.NEUTRAL, VixRegime.HIGH);

    private final Direction direction;
    private final VixRegime vixRegime;

    MarketState(Direction direction, VixRegime vixRegime) {
        this.direction = direction;
        this.vixRegime = vixRegime;
    }

    /** Returns the state of {@code direction} and {@code vixRegime}. */
    public static MarketState of(Direction direction, VixRegime vixRegime) {
        Checks.notNull(direction, "direction");
        Checks.notNull(vixRegime, "vixRegime");
        for (MarketState state : values()) {
            if (state.direction == direction && state.vixRegime == vixRegime) {
                return state;
            }
        }
        throw new IllegalStateException("no market state for " + direction + " and " + vixRegime);
    }

    /** Returns the market's direction. */
    public Direction direction() {
        return direction;
    }

    /** Returns the VIX regime. */
    public VixRegime vixRegime() {
        return vixRegime;
    }

    /** Returns the name shown to traders, e.g. {@code "Bullish / Low VIX"}. */
    public String displayName() {
        return direction.displayName() + " / " + vixRegime.displayName();
    }
}
