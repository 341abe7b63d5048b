package io.optionsv4.core.selection;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.ExpirySlot;
import io.optionsv4.core.strategy.LegTemplate;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds one registered strategy on one underlying's real option chains: the expiry from the strategy category's DTE
 * window ({@link ExpirySelector}), strikes from the expiry's one-sigma move snapped to listed strikes whose contracts
 * pass the liquidity filter ({@link StrikeSelector}), the lot size from the chain's reference data, each leg's
 * executable price (buy at the ask, sell at the bid, from the book or, without one, from the spread model around the
 * close; {@link LegPricer}) and the position's net premium and net Greeks, then the resolved position and its figures
 * at the near expiry at executable prices and at the reference prices (mid, else close; {@link FiguresCalculator}).
 *
 * <p>The expiries are tried in {@link ExpiryOrder}'s order (the window's nearest to its target first, then later
 * listed expiries as a fallback); the first on which the strategy can be built with liquid strikes and whose time exit
 * leaves the minimum holding period ({@link HoldingCheck}) is used.
 *
 * <p>Everything that cannot be built is a {@link ConstructionResult.Rejected} naming the strategy, the symbol and what
 * was missing: no chain, expired or empty chains, no lot size, no expected move, no expiry in the window
 * ({@link RejectionReason#NO_EXPIRY_IN_WINDOW}), no liquid strikes ({@link RejectionReason#NO_LIQUID_STRIKES}), a
 * leg without a sound price ({@link RejectionReason#BAD_PRICE}: a book with a zero bid or ask, a zero or negative
 * price). The figures' PoP comes from the near expiry's {@link SmileDistribution} (the chain's fitted smile, {@link
 * ConstructionInput#smiles}; flat at the ATM volatility for a chain without IVs) and the EV from every leg at its own
 * contract's implied volatility (far legs of calendars and diagonals too), with the near chain's rate and year
 * fraction and the dividend yield that makes the model's forward equal the chain's forward (0 without a forward).
 * Immutable and thread-safe.
 */
public final class StrategyConstructor {

    private final ConstructionSettings settings;
    private final LiquidityFilter filter;
    private final LegPricer pricer;
    private final HoldingCheck holding;
    private final ExpirySelector expiries;

    /** Creates a constructor with the given settings, pricing legs with {@link ExecutablePrices#DEFAULT}. */
    public StrategyConstructor(ConstructionSettings settings) {
        this(settings, ExecutablePrices.DEFAULT, HoldingCheck.NONE);
    }

    /**
     * Creates a constructor with the given settings, pricing legs with {@link ExecutablePrices#DEFAULT}, that uses an
     * expiry only when {@code holding} finds no violation in the candidate built on it.
     */
    public StrategyConstructor(ConstructionSettings settings, HoldingCheck holding) {
        this(settings, ExecutablePrices.DEFAULT, holding);
    }

    /**
     * Creates a constructor with the given settings that prices legs for execution with {@code prices} and uses an
     * expiry only when {@code holding} finds no violation in the candidate built on it.
     */
    public StrategyConstructor(ConstructionSettings settings, ExecutablePrices prices, HoldingCheck holding) {
        this.settings = Checks.notNull(settings, "settings");
        this.filter = new LiquidityFilter(settings.liquidity());
        this.pricer = new LegPricer(prices);
        this.holding = Checks.notNull(holding, "holding");
        this.expiries = new ExpirySelector(settings);
    }

    /**
     * Builds {@code definition} on {@code input}.
     *
     * @return the built candidate, or the rejection saying why it could not be built; never throws for missing or
     *     unusable market data
     */
    public ConstructionResult construct(StrategyDefinition definition, ConstructionInput input) {
        Checks.notNull(definition, "definition");
        Checks.notNull(input, "input");
        String where = definition.name() + " on " + input.symbol();
        Optional<StrikePlan> plan = StrikePlans.find(definition.name());
        if (plan.isEmpty()) {
            return rejected(
                    definition,
                    RejectionReason.FAILED,
                    where + ": no strike plan for this strategy; known: "
                            + StrategyRegistry.all().stream()
                                    .map(StrategyDefinition::name)
                                    .toList());
        }
        ExpirySelector.Choice firstChoice = null;
        ConstructionResult firstFailure = null;
        for (ExpirySelector.Choice nearChoice : expiries.near(definition, input, where)) {
            ConstructionResult result = constructOn(definition, input, plan.get(), nearChoice, where);
            if (result instanceof ConstructionResult.Built) {
                return result;
            }
            if (firstChoice == null) {
                firstChoice = nearChoice;
                firstFailure = result;
            }
        }
        return firstFailure;
    }

    private ConstructionResult constructOn(
            StrategyDefinition definition,
            ConstructionInput input,
            StrikePlan plan,
            ExpirySelector.Choice nearChoice,
            String where) {
        if (nearChoice.rejection().isPresent()) {
            return new ConstructionResult.Rejected(nearChoice.rejection().get());
        }
        ExpiryMarket near = nearChoice.market().orElseThrow();
        ExpiryMarket far = near;
        if (definition.spansTwoExpiries()) {
            ExpirySelector.Choice farChoice = expiries.far(definition, input, near, where);
            if (farChoice.rejection().isPresent()) {
                return new ConstructionResult.Rejected(farChoice.rejection().get());
            }
            far = farChoice.market().orElseThrow();
        }
        StrikeSelection strikes = new StrikeSelector(
                        filter,
                        near.lotSize(),
                        definition,
                        near.chain(),
                        far.chain(),
                        near.move().oneSigma(),
                        settings.strikeDistances().maxSnap())
                .select(plan, definition.strikeRule(), input.spot(), settings.strikeDistances());
        if (!strikes.found()) {
            return rejected(
                    definition,
                    RejectionReason.NO_LIQUID_STRIKES,
                    where + " " + near.chain().expiry() + ": " + strikes.missing() + "; liquid means "
                            + filter.describe());
        }
        ConstructionResult result = build(definition, input, near, far, strikes.strikes());
        if (result instanceof ConstructionResult.Built built) {
            Optional<String> violation = holding.violation(built.candidate());
            if (violation.isPresent()) {
                return rejected(
                        definition,
                        RejectionReason.NO_EXPIRY_IN_WINDOW,
                        where + " " + near.chain().expiry() + ": " + violation.get());
            }
        }
        return result;
    }

    private ConstructionResult build(
            StrategyDefinition definition,
            ConstructionInput input,
            ExpiryMarket near,
            ExpiryMarket far,
            List<Double> strikes) {
        int lots = settings.strategyLots();
        int lotSize = near.lotSize();
        List<CandidateLeg> legs = new ArrayList<>();
        double[] greeks = new double[4];
        double netPremium = 0;
        double referencePremium = 0;
        int underlyingUnits = 0;
        for (LegTemplate template : definition.legTemplates()) {
            switch (template) {
                case LegTemplate.Option o -> {
                    ExpiryMarket market = o.expiry() == ExpirySlot.NEAR ? near : far;
                    double strike = strikes.get(o.strikeNumber() - 1);
                    OptionQuote quote = StrikeSelector.row(market.chain().rows(), strike)
                            .flatMap(r -> r.quote(o.right()))
                            .orElseThrow(() -> new IllegalStateException("selected strike " + strike + " vanished"));
                    LegPricing pricing = pricer.price(market, quote, o.side());
                    if (pricing instanceof BadPrice bad) {
                        return rejected(
                                definition,
                                RejectionReason.BAD_PRICE,
                                definition.name() + " on " + input.symbol() + ": " + bad.message());
                    }
                    LegPrice price = (LegPrice) pricing;
                    CandidateLeg leg =
                            leg(o, market.chain().expiry(), Math.multiplyExact(o.ratio(), lots), quote, price);
                    legs.add(leg);
                    int units = o.side().sign() * Math.multiplyExact(leg.lots(), lotSize);
                    netPremium -= units * leg.premiumPerUnit();
                    referencePremium -= units * price.reference();
                    add(greeks, leg.greeks(), units);
                }
                case LegTemplate.Underlying u -> {
                    underlyingUnits = Math.multiplyExact(Math.multiplyExact(u.ratio(), lots), lotSize);
                    greeks[0] += u.side().sign() * underlyingUnits;
                }
            }
        }
        FiguresCalculator calculator = new FiguresCalculator(definition, near, far, lots);
        FiguresCalculator.Figures figures = calculator.figures(input.spot(), strikes, legs);
        return new ConstructionResult.Built(
                figures.payoff(),
                new Candidate(
                        input.symbol(),
                        input.asOf(),
                        definition,
                        input.spot(),
                        legs,
                        underlyingUnits,
                        lotSize,
                        figures.strategy(),
                        figures.figures(),
                        new GreekExposure(greeks[0], greeks[1], greeks[2], greeks[3]),
                        netPremium,
                        near.chain().expiry(),
                        calculator.farExpiry(),
                        (int) ChronoUnit.DAYS.between(input.asOf(), near.chain().expiry()),
                        near.move().atmIv(),
                        figures.model(),
                        near.smile(),
                        new ReferenceFigures(referencePremium, figures.reference()),
                        Optional.empty()));
    }

    private static CandidateLeg leg(
            LegTemplate.Option template, LocalDate expiry, int lots, OptionQuote quote, LegPrice price) {
        OptionalDouble iv = quote.impliedVolatility();
        return new CandidateLeg(
                template.side(),
                template.right(),
                quote.strike(),
                expiry,
                lots,
                price.executable(),
                LiquidityFilter.premiumSource(quote),
                iv.orElse(0.0),
                quote.greeks().orElse(new OptionGreeks(0, 0, 0, 0, 0)),
                quote.openInterest(),
                quote.volume(),
                LiquidityFilter.spreadFraction(quote),
                price);
    }

    private static void add(double[] sums, OptionGreeks greeks, int units) {
        sums[0] += greeks.delta() * units;
        sums[1] += greeks.gamma() * units;
        sums[2] += greeks.vega() * units;
        sums[3] += greeks.theta() * units;
    }

    private static ConstructionResult rejected(StrategyDefinition definition, RejectionReason reason, String detail) {
        return new ConstructionResult.Rejected(new Rejection(definition.name(), reason, detail));
    }
}
