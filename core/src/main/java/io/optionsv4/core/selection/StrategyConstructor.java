package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.NearExpiryStress;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.probability.VolatilitySmile;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.ExpirySlot;
import io.optionsv4.core.strategy.LegTemplate;
import io.optionsv4.core.strategy.Strategy;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Builds one registered strategy on one underlying's real option chains: the expiry from the strategy category's DTE
 * window, strikes from the expiry's one-sigma move snapped to listed strikes whose contracts pass the liquidity filter,
 * the lot size from the chain's reference data, each leg's executable price (buy at the ask, sell at the bid, from the
 * book or, without one, from the spread model around the close; {@link LegPricer}), then the resolved position, its
 * figures at the near expiry at executable prices and at the reference prices (mid, else close), and its net Greeks.
 *
 * <p>The expiries are tried in {@link ExpiryOrder}'s order (the window's nearest to its target first, then later
 * listed expiries as a fallback); the first on which the strategy can be built with liquid strikes and whose time exit
 * leaves the minimum holding period ({@link HoldingCheck}) is used.
 *
 * <p>Everything that cannot be built is a {@link ConstructionResult.Rejected} naming the strategy, the symbol and what
 * was missing: no chain, expired or empty chains, no lot size, no expected move, no expiry in the window
 * ({@link RejectionReason#NO_EXPIRY_IN_WINDOW}), no liquid strikes ({@link RejectionReason#NO_LIQUID_STRIKES}), a
 * leg without a sound price ({@link RejectionReason#BAD_PRICE}: a book with a zero bid or ask, a zero or negative
 * price). The
 * figures' PoP comes from the near expiry's {@link SmileDistribution} (the chain's fitted smile, {@link
 * ConstructionInput#smiles}; flat
 * at the ATM volatility for a chain without IVs) and the EV from every leg at its own contract's implied volatility
 * (far legs of calendars and diagonals too), with the near chain's rate and year fraction and the dividend yield that
 * makes the model's forward equal the chain's forward (0 without a forward). Immutable and thread-safe.
 */
public final class StrategyConstructor {

    private final ConstructionSettings settings;
    private final LiquidityFilter filter;
    private final LegPricer pricer;
    private final HoldingCheck holding;

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
        ExpiryChoice firstChoice = null;
        ConstructionResult firstFailure = null;
        for (ExpiryChoice nearChoice : nearChoices(definition, input, where)) {
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
            ExpiryChoice nearChoice,
            String where) {
        if (nearChoice.rejection().isPresent()) {
            return new ConstructionResult.Rejected(nearChoice.rejection().get());
        }
        Market near = nearChoice.market().orElseThrow();
        Market far = near;
        if (definition.spansTwoExpiries()) {
            ExpiryChoice farChoice = chooseFar(definition, input, near, where);
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

    /**
     * Returns the near expiries to try in {@link ExpiryOrder}'s order, each usable or with why not; a single rejection
     * when no chain is usable at all.
     */
    private List<ExpiryChoice> nearChoices(StrategyDefinition definition, ConstructionInput input, String where) {
        if (input.chains().isEmpty()) {
            return List.of(
                    ExpiryChoice.rejected(definition, RejectionReason.DATA_MISSING, where + ": no option chain"));
        }
        List<OptionChain> live = input.chains().stream()
                .filter(c -> !c.expiry().isBefore(input.asOf()))
                .toList();
        if (live.isEmpty()) {
            return List.of(ExpiryChoice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    where + ": every chain expired before " + input.asOf() + " (last expiry "
                            + input.chains().getLast().expiry() + ")"));
        }
        ConstructionSettings.DteWindow window =
                settings.dteWindow(definition.metadata().category());
        List<OptionChain> ordered = ExpiryOrder.order(
                live, window, input.asOf(), settings.farDteWindow().maxDays());
        if (ordered.isEmpty()) {
            return List.of(ExpiryChoice.rejected(
                    definition,
                    RejectionReason.NO_EXPIRY_IN_WINDOW,
                    where + ": no expiry in the " + definition.metadata().category() + " window " + window.describe()
                            + " days; listed: " + daysToExpiry(live, input.asOf())));
        }
        return ordered.stream().map(c -> market(definition, input, c, where)).toList();
    }

    private ExpiryChoice chooseFar(StrategyDefinition definition, ConstructionInput input, Market near, String where) {
        List<OptionChain> later = input.chains().stream()
                .filter(c -> c.expiry().isAfter(near.chain().expiry()))
                .toList();
        ConstructionSettings.DteWindow window = settings.farDteWindow();
        Optional<OptionChain> chosen = pick(later, window, input.asOf());
        if (chosen.isEmpty()) {
            return ExpiryChoice.rejected(
                    definition,
                    RejectionReason.NO_EXPIRY_IN_WINDOW,
                    where + ": no far expiry after " + near.chain().expiry() + " in the window " + window.describe()
                            + " days; listed after it: " + daysToExpiry(later, input.asOf()));
        }
        if (chosen.get().yearsToExpiry() <= near.chain().yearsToExpiry()) {
            return ExpiryChoice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    where + ": the chain of " + chosen.get().expiry() + " has "
                            + chosen.get().yearsToExpiry() + " years to expiry, not more than the near chain's "
                            + near.chain().yearsToExpiry());
        }
        ExpiryChoice far = market(definition, input, chosen.get(), where);
        if (far.market().isPresent() && far.market().get().lotSize() != near.lotSize()) {
            return ExpiryChoice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    where + ": the lot of " + chosen.get().expiry() + " ("
                            + far.market().get().lotSize() + ") differs from the lot of "
                            + near.chain().expiry() + " (" + near.lotSize() + ")");
        }
        return far;
    }

    /** Returns the chain whose DTE lies in the window nearest its target, the earlier one on a tie. */
    private static Optional<OptionChain> pick(
            List<OptionChain> chains, ConstructionSettings.DteWindow window, LocalDate asOf) {
        OptionChain best = null;
        long bestGap = Long.MAX_VALUE;
        for (OptionChain chain : chains) {
            long days = ChronoUnit.DAYS.between(asOf, chain.expiry());
            long gap = Math.abs(days - window.targetDays());
            if (window.contains(days) && gap < bestGap) {
                best = chain;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best);
    }

    private ExpiryChoice market(
            StrategyDefinition definition, ConstructionInput input, OptionChain chain, String where) {
        String expiry = where + " " + chain.expiry();
        if (chain.rows().isEmpty()) {
            return ExpiryChoice.rejected(
                    definition, RejectionReason.DATA_MISSING, expiry + ": the chain has no strikes");
        }
        if (chain.lotSize().isEmpty()) {
            return ExpiryChoice.rejected(
                    definition, RejectionReason.DATA_MISSING, expiry + ": the chain has no lot size (reference data)");
        }
        Optional<ExpiryMove> move = input.move(chain.expiry());
        if (move.isEmpty()) {
            return ExpiryChoice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    expiry + ": no expected move (no priced ATM option for this expiry)");
        }
        VolatilitySmile smile = input.smile(chain.expiry())
                .orElse(VolatilitySmile.flat(move.get().atmIv()));
        return new ExpiryChoice(
                Optional.of(new Market(
                        chain, chain.lotSize().map(LotSize::unitsPerLot).orElseThrow(), move.get(), smile)),
                Optional.empty());
    }

    private ConstructionResult build(
            StrategyDefinition definition, ConstructionInput input, Market near, Market far, List<Double> strikes) {
        int lots = settings.strategyLots();
        int lotSize = near.lotSize();
        boolean twoExpiries = definition.spansTwoExpiries();
        List<CandidateLeg> legs = new ArrayList<>();
        List<Double> premiums = new ArrayList<>();
        List<Double> references = new ArrayList<>();
        double[] greeks = new double[4];
        double netPremium = 0;
        double referencePremium = 0;
        int underlyingUnits = 0;
        for (LegTemplate template : definition.legTemplates()) {
            switch (template) {
                case LegTemplate.Option o -> {
                    Market market = o.expiry() == ExpirySlot.NEAR ? near : far;
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
                    premiums.add(leg.premiumPerUnit());
                    references.add(price.reference());
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
        ProbabilityModel model = model(input.spot(), near);
        SmileDistribution distribution = new SmileDistribution(model, near.smile());
        Optional<LocalDate> farExpiry = twoExpiries ? Optional.of(far.chain().expiry()) : Optional.empty();
        Candidate.LegVolatilities vols = new Candidate.LegVolatilities(
                legs, near.chain().expiry(), farExpiry, near.move().atmIv(), near.smile());
        ToDoubleFunction<OptionLeg> legVol = leg -> Candidate.legVolatility(vols, leg);
        Strategy strategy = definition.resolve(inputs(definition, input, near, far, strikes, premiums));
        Strategy referenceStrategy = definition.resolve(inputs(definition, input, near, far, strikes, references));
        StrategyFigures figures;
        StrategyFigures referenceFigures;
        // the reference legs differ from the executable ones only in their premiums: the same P&L less a constant
        double shift = TwoExpiryAnalyzer.valueAtFirstExpiry(strategy.legs(), model.forward(), model, legVol)
                - TwoExpiryAnalyzer.valueAtFirstExpiry(referenceStrategy.legs(), model.forward(), model, legVol);
        Optional<TwoExpiryAnalyzer.Sampled> sampled = Optional.empty();
        if (PayoffAnalyzer.spansTwoExpiries(strategy.legs())) {
            TwoExpiryAnalyzer.Sampled payoff = TwoExpiryAnalyzer.sample(strategy.legs(), distribution, legVol);
            figures = payoff.figures();
            referenceFigures = payoff.less(shift);
            sampled = Optional.of(payoff);
        } else {
            figures = PayoffAnalyzer.figures(strategy.legs(), distribution, legVol);
            referenceFigures = PayoffAnalyzer.figures(referenceStrategy.legs(), distribution, legVol);
        }
        if (definition.spansTwoExpiries()) {
            double stressed =
                    NearExpiryStress.maxLoss(strategy.legs(), model, far.move().atmIv());
            figures = stressed(figures, stressed);
            referenceFigures = stressed(referenceFigures, stressed + shift);
        }
        return new ConstructionResult.Built(
                sampled,
                new Candidate(
                        input.symbol(),
                        input.asOf(),
                        definition,
                        input.spot(),
                        legs,
                        underlyingUnits,
                        lotSize,
                        strategy,
                        figures,
                        new GreekExposure(greeks[0], greeks[1], greeks[2], greeks[3]),
                        netPremium,
                        near.chain().expiry(),
                        farExpiry,
                        (int) ChronoUnit.DAYS.between(input.asOf(), near.chain().expiry()),
                        near.move().atmIv(),
                        model,
                        near.smile(),
                        new ReferenceFigures(referencePremium, referenceFigures),
                        Optional.empty()));
    }

    private StrategyInputs inputs(
            StrategyDefinition definition,
            ConstructionInput input,
            Market near,
            Market far,
            List<Double> strikes,
            List<Double> premiums) {
        double yearsBetween = far.chain().yearsToExpiry() - near.chain().yearsToExpiry();
        return new StrategyInputs(
                strikes,
                premiums,
                settings.strategyLots(),
                near.lotSize(),
                definition.holdsUnderlying() ? input.spot() : 0.0,
                definition.spansTwoExpiries() ? yearsBetween : 0.0);
    }

    /**
     * Returns the figures over two expiries with a finite max loss replaced by the worst P&amp;L within the {@link
     * NearExpiryStress} range (±2σ, later IV ±5 points) rather than the limit far from the strikes.
     */
    private static StrategyFigures stressed(StrategyFigures f, double stressedLoss) {
        if (f.maxLoss().isUnlimited()) {
            return f;
        }
        return new StrategyFigures(
                f.maxProfit(), Amount.of(stressedLoss), f.breakevens(), f.probabilityOfProfit(), f.expectedValue());
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

    /**
     * Returns the lognormal model at the near expiry: the chain's rate and year fraction, the expiry's ATM volatility,
     * and {@code q = r - ln(F / S) / T} so that {@code S e^{(r - q) T}} is the chain's forward {@code F} (q = 0 without
     * a forward or at expiry).
     */
    static ProbabilityModel model(double spot, Market near) {
        OptionChain chain = near.chain();
        double years = chain.yearsToExpiry();
        double rate = chain.rate();
        double dividendYield = chain.forward().isPresent() && years > 0
                ? rate - Math.log(chain.forward().get().price() / spot) / years
                : 0.0;
        return ProbabilityModel.of(spot, near.move().atmIv(), rate, dividendYield, years);
    }

    private static String daysToExpiry(List<OptionChain> chains, LocalDate asOf) {
        return chains.stream()
                .map(c -> c.expiry() + " (" + ChronoUnit.DAYS.between(asOf, c.expiry()) + ")")
                .toList()
                .toString();
    }

    private static ConstructionResult rejected(StrategyDefinition definition, RejectionReason reason, String detail) {
        return new ConstructionResult.Rejected(new Rejection(definition.name(), reason, detail));
    }

    /** One expiry's usable chain with its lot size, expected move and smile. */
    record Market(OptionChain chain, int lotSize, ExpiryMove move, VolatilitySmile smile) {}

    /** A usable expiry or why there is none. */
    private record ExpiryChoice(Optional<Market> market, Optional<Rejection> rejection) {

        static ExpiryChoice rejected(StrategyDefinition definition, RejectionReason reason, String detail) {
            return new ExpiryChoice(Optional.empty(), Optional.of(new Rejection(definition.name(), reason, detail)));
        }
    }
}
