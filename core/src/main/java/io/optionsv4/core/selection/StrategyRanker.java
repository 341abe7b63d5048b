package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IvAssessment.MeanReversion;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.VolatilityBias;
import java.util.ArrayList;
import java.util.List;

/**
 * The composite score of a built strategy (issue 5, part 5): ten named {@link ScoreComponent}s of 0-100 each,
 * {@code total = clamp(sum(weight x score) - complexityPenalty x complexityScore, 0, 100)}, and its {@link Conviction}.
 *
 * <p>Probability of profit, max profit, max loss and EV are the candidate's {@link Candidate#netFigures() figures net
 * of costs} where they are known (issue 12).
 *
 * <p>The formulas (b = the strategy's directional bias as +1 bullish, -1 bearish, 0 neutral):
 *
 * <p>The economics are scored on the candidate's {@link PlanFigures}: the expected P&amp;L and PoP of following its
 * trade plan (made before ranking, issue 13) and the capital it requires; {@link #rank(Candidate, RankingContext)}
 * without a plan uses the expiry figures instead ({@link PlanFigures#atExpiry}).
 *
 * <ul>
 *   <li>{@code PROBABILITY = 100 x plan PoP}.
 *   <li>{@code RISK_REWARD = 100 x r / (1 + r)}, {@code r = maxProfit / maxLoss} (1:1 scores 50, 3:1 scores 75); an
 *       unlimited profit counts as the best P&amp;L within the {@link ProbabilityFilter#stressProfit 2-sigma range}
 *       (100 when that cannot be computed); 100 with no possible loss, 0 for unlimited loss or no profit, 50 when both
 *       are unlimited.
 *   <li>{@code EXPECTED_VALUE = 50 + 50 x tanh(EV / capital / }{@value #RETURN_SCALE}{@code )}: the expected
 *       P&amp;L under the plan per rupee of capital required (a return of 5 % scores 73, -5 % scores 27); without
 *       capital 100, 50 or 0 by the sign of EV.
 *   <li>{@code IV_FIT = clamp(50 + v x (20 x e + 10 x m))}: v = +1 short vol, -1 long vol, 0 neutral; e = -2..+2 for
 *       the IV environment VERY_LOW..VERY_HIGH; m = +1 when IV is expected to fall, -1 to rise, 0 otherwise; 50
 *       without an IV assessment or an IV rank (too little stored IV history).
 *   <li>{@code DIRECTION_FIT} with outlook d and confidence c: {@code 50 + 50c} when b = d, {@code 50 - 50c} when
 *       opposite, {@code 50 - 25c} when one of them is neutral.
 *   <li>{@code MARKET_STATE_FIT}: preferred at 0-based place i of n: {@code 100 - 50 i / n}; not preferred 40, or 10
 *       when b is opposite to the market's direction; 50 without a market state.
 *   <li>{@code LIQUIDITY}: per leg the mean of {@code min(1, log10(1 + OI) / 6)}, {@code min(1, log10(1 + volume) /
 *       4)} and {@code max(0, 1 - spread / 10 %)} (0.5 without a book); 100 x the weakest leg, blended 80/20 with the
 *       stock's liquidity score when known.
 *   <li>{@code GREEKS_PROFILE = 50 + 50 x theta / (|theta| + |vega| / 3)} with net theta per day and net vega per
 *       vol point (a vol point weighed as three days of decay); 50 when both are 0.
 *   <li>{@code MOMENTUM}: m = mean of {@code clamp((RSI - 50) / 20)} and {@code clamp(4 x MACD histogram / ATR)},
 *       each in [-1, 1]; {@code 50 + 50 b m} for a directional strategy, {@code 75 - 50 |m|} for a neutral one; 50
 *       without readings.
 *   <li>{@code COMPLEXITY = 25 x (complexity - 1)}: 0 for one option, 100 at complexity 5.
 * </ul>
 *
 * <p>O(legs) per call. Immutable and thread-safe.
 */
public final class StrategyRanker {

    /** Weight of the realised volatility in the volatility forecast of the expected-value score. */
    public static final double REALIZED_WEIGHT = 0.5;

    /**
     * The return on capital (EV under the plan / capital required) that moves the expected-value score 38 points
     * from 50 (tanh(1) = 0.76): the middle 80 % of plan returns at executable prices lie between about -19 % and 0 %
     * (replay 2020-01-03: p10 -19 %, median -8 %; sim 2026-12-07: -13 %, -6 %), so a smaller scale would saturate.
     */
    public static final double RETURN_SCALE = 0.10;

    private static final ScoreComponent[] COMPONENTS = ScoreComponent.values();
    private static final double VOL_POINT_IN_DAYS_OF_THETA = 3.0;
    private static final double FULL_OI_DECADES = 6.0;
    private static final double FULL_VOLUME_DECADES = 4.0;
    private static final double WORST_SPREAD = 0.10;
    private static final double UNKNOWN_SPREAD_SCORE = 0.5;
    private static final double STOCK_LIQUIDITY_SHARE = 0.2;

    private final RankingWeights weights;
    private final StrategyPreferences preferences;
    private final double[] weightByComponent;

    /** Creates the ranker with {@code weights} and the market state {@code preferences}. */
    public StrategyRanker(RankingWeights weights, StrategyPreferences preferences) {
        this.weights = Checks.notNull(weights, "weights");
        this.preferences = Checks.notNull(preferences, "preferences");
        this.weightByComponent = new double[COMPONENTS.length];
        for (ScoreComponent component : COMPONENTS) {
            weightByComponent[component.ordinal()] = weights.weight(component);
        }
    }

    /** Returns the weights the ranker applies. */
    public RankingWeights weights() {
        return weights;
    }

    /**
     * Returns {@code candidate} with its component scores (every {@link ScoreComponent}, in enum order, with its
     * weight), total score and conviction in {@code context}.
     */
    public RankedCandidate rank(Candidate candidate, RankingContext context) {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(context, "context");
        return rank(candidate, PlanFigures.atExpiry(candidate, forecastExpectedValue(candidate, context)), context);
    }

    /**
     * Returns {@code candidate} scored on its {@code plan} figures (expected P&amp;L and PoP under its trade plan,
     * capital required) in {@code context}: every {@link ScoreComponent}, in enum order, with its weight, the total
     * score and the conviction.
     */
    public RankedCandidate rank(Candidate candidate, PlanFigures plan, RankingContext context) {
        Checks.notNull(candidate, "candidate");
        Checks.notNull(plan, "plan");
        Checks.notNull(context, "context");
        double[] scores = scores(candidate, plan, context);
        List<ComponentScore> parts = new ArrayList<>(COMPONENTS.length);
        double total = 0;
        for (ScoreComponent component : COMPONENTS) {
            double score = scores[component.ordinal()];
            double weight = weightByComponent[component.ordinal()];
            total += component.isPenalty() ? -weight * score : weight * score;
            parts.add(new ComponentScore(component.label(), score, weight));
        }
        double clamped = clamp(total, 0, 100);
        return new RankedCandidate(candidate, parts, clamped, Conviction.of(clamped));
    }

    /** Returns the score of every component, indexed by ordinal. */
    double[] scores(Candidate candidate, PlanFigures plan, RankingContext context) {
        StrategyDefinition definition = candidate.definition();
        int bias = sign(definition.metadata().directionalBias());
        double[] s = new double[COMPONENTS.length];
        s[ScoreComponent.PROBABILITY.ordinal()] = 100 * plan.probabilityOfProfit();
        s[ScoreComponent.RISK_REWARD.ordinal()] = riskReward(candidate);
        s[ScoreComponent.EXPECTED_VALUE.ordinal()] = expectedValueScore(plan);
        s[ScoreComponent.IV_FIT.ordinal()] = ivFit(definition.metadata().volatilityBias(), context);
        s[ScoreComponent.DIRECTION_FIT.ordinal()] = directionFit(bias, context);
        s[ScoreComponent.MARKET_STATE_FIT.ordinal()] = marketStateFit(definition, bias, context);
        s[ScoreComponent.LIQUIDITY.ordinal()] = liquidity(candidate, context);
        s[ScoreComponent.GREEKS_PROFILE.ordinal()] = greeksProfile(candidate.greeks());
        s[ScoreComponent.MOMENTUM.ordinal()] = momentum(bias, context);
        s[ScoreComponent.COMPLEXITY.ordinal()] = 25.0 * (definition.metadata().complexity() - 1);
        return s;
    }

    static double riskReward(Candidate candidate) {
        StrategyFigures figures = candidate.netFigures();
        Amount profit = figures.maxProfit();
        Amount loss = figures.maxLoss();
        if (profit instanceof Amount.Finite p && p.rupees() <= 0) {
            return 0;
        }
        if (loss instanceof Amount.Finite l && l.rupees() <= 0) {
            return 100;
        }
        if (loss.isUnlimited()) {
            return profit.isUnlimited() ? 50 : 0;
        }
        double reward = profit.isUnlimited()
                ? ProbabilityFilter.stressProfit(candidate).orElse(Double.POSITIVE_INFINITY)
                : profit.orElse(0);
        if (reward <= 0) {
            return 0;
        }
        if (reward == Double.POSITIVE_INFINITY) {
            return 100;
        }
        double ratio = reward / loss.orElse(1);
        return 100 * ratio / (1 + ratio);
    }

    /**
     * Returns the position's expected P&amp;L at the near expiry under the system's volatility forecast: every leg's
     * own implied volatility (the one its EV is computed at) scaled by {@code forecast / ATM IV}, with {@code
     * forecast = (1 - w) x ATM IV + w x realised volatility}, {@code w} = {@value #REALIZED_WEIGHT}, at the same
     * forward. Every strike keeps its place on the
     * smile, so the skew alone never makes a strike look cheap or rich: the only edge is the stated forecast, applied
     * to every strike alike. The payoff is linear in the option legs, so this is the market EV plus, per option leg,
     * quantity x (undiscounted Black price at the leg's scaled IV minus at the leg's IV). Implied volatility
     * usually exceeds the volatility that follows (the variance risk premium), so premium sellers score above 50 when
     * realised volatility is below implied, and buyers when it is above. The market EV is returned unchanged without a
     * realised volatility or an ATM IV, for a strategy over two expiries, or when the model has no time left.
     */
    static double forecastExpectedValue(Candidate candidate, RankingContext context) {
        double ev = candidate.netFigures().expectedValue();
        ProbabilityModel model = candidate.model();
        double atm = candidate.atmVolatility();
        if (context.realizedVolatility().isEmpty()
                || candidate.definition().spansTwoExpiries()
                || !(atm > 0)
                || model.yearsToExpiry() == 0) {
            return ev;
        }
        double ratio = ((1 - REALIZED_WEIGHT) * atm
                        + REALIZED_WEIGHT * context.realizedVolatility().getAsDouble())
                / atm;
        double forward = model.forward();
        double years = model.yearsToExpiry();
        for (Leg leg : candidate.strategy().legs()) {
            if (leg instanceof OptionLeg option) {
                double vol = candidate.legVolatility(option);
                double atForecast = Black76.price(option.right(), forward, option.strike(), years, vol * ratio, 1.0);
                double atMarket = Black76.price(option.right(), forward, option.strike(), years, vol, 1.0);
                ev += option.quantity() * (atForecast - atMarket);
            }
        }
        return ev;
    }

    static double expectedValueScore(PlanFigures plan) {
        double ev = plan.expectedPnl();
        if (!(plan.capitalRequired() > 0)) {
            return ev > 0 ? 100 : ev < 0 ? 0 : 50;
        }
        return clamp(50 + 50 * Math.tanh(ev / plan.capitalRequired() / RETURN_SCALE), 0, 100);
    }

    static double ivFit(VolatilityBias bias, RankingContext context) {
        if (context.ivEnvironment().isEmpty()) {
            return 50;
        }
        int vol = switch (bias) {
            case SHORT_VOL -> 1;
            case LONG_VOL -> -1;
            case NEUTRAL -> 0;
        };
        int environment = switch (context.ivEnvironment().get()) {
            case VERY_LOW -> -2;
            case LOW -> -1;
            case NORMAL -> 0;
            case HIGH -> 1;
            case VERY_HIGH -> 2;
        };
        int reversion =
                context.meanReversion().map(StrategyRanker::reversionSign).orElse(0);
        return clamp(50 + vol * (20.0 * environment + 10.0 * reversion), 0, 100);
    }

    static double directionFit(int bias, RankingContext context) {
        int outlook = sign(context.direction());
        double confidence = context.directionConfidence();
        if (bias == outlook) {
            return 50 + 50 * confidence;
        }
        return bias * outlook < 0 ? 50 - 50 * confidence : 50 - 25 * confidence;
    }

    double marketStateFit(StrategyDefinition definition, int bias, RankingContext context) {
        if (context.marketState().isEmpty()) {
            return 50;
        }
        MarketState state = context.marketState().get();
        int place = preferences.rankIn(state, definition);
        if (place >= 0) {
            return 100 - 50.0 * place / preferences.preferredIn(state).size();
        }
        return bias * sign(state.direction()) < 0 ? 10 : 40;
    }

    static double liquidity(Candidate candidate, RankingContext context) {
        double weakest = 1;
        for (CandidateLeg leg : candidate.legs()) {
            double oi = Math.min(1, Math.log10(1.0 + leg.openInterest()) / FULL_OI_DECADES);
            double volume = Math.min(1, Math.log10(1.0 + leg.volume()) / FULL_VOLUME_DECADES);
            double spread = leg.spreadFraction().isPresent()
                    ? Math.max(0, 1 - leg.spreadFraction().getAsDouble() / WORST_SPREAD)
                    : UNKNOWN_SPREAD_SCORE;
            weakest = Math.min(weakest, (oi + volume + spread) / 3);
        }
        double legs = 100 * weakest;
        if (context.liquidityScore().isEmpty()) {
            return legs;
        }
        return (1 - STOCK_LIQUIDITY_SHARE) * legs
                + STOCK_LIQUIDITY_SHARE * 100 * context.liquidityScore().getAsDouble();
    }

    static double greeksProfile(GreekExposure greeks) {
        double theta = greeks.netTheta();
        double scale = Math.abs(theta) + Math.abs(greeks.netVega()) / VOL_POINT_IN_DAYS_OF_THETA;
        // theta / scale is in [-1, 1] but may round past it when vega is tiny: clamp the score itself.
        return scale > 0 ? clamp(50 + 50 * theta / scale, 0, 100) : 50;
    }

    static double momentum(int bias, RankingContext context) {
        double sum = 0;
        int count = 0;
        if (context.rsi().isPresent()) {
            sum += clamp((context.rsi().getAsDouble() - 50) / 20, -1, 1);
            count++;
        }
        if (context.macdHistogramToAtr().isPresent()) {
            sum += clamp(4 * context.macdHistogramToAtr().getAsDouble(), -1, 1);
            count++;
        }
        if (count == 0) {
            return 50;
        }
        double m = sum / count;
        return bias == 0 ? 75 - 50 * Math.abs(m) : 50 + 50 * bias * m;
    }

    private static int reversionSign(MeanReversion reversion) {
        return switch (reversion) {
            case EXPECT_FALL -> 1;
            case EXPECT_RISE -> -1;
            case NONE -> 0;
        };
    }

    private static int sign(DirectionalBias bias) {
        return switch (bias) {
            case BULLISH -> 1;
            case BEARISH -> -1;
            case NEUTRAL -> 0;
        };
    }

    private static int sign(Direction direction) {
        return switch (direction) {
            case BULLISH -> 1;
            case BEARISH -> -1;
            case NEUTRAL -> 0;
        };
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
