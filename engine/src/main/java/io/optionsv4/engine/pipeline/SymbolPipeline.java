package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.KeyLevel;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalyzer;
import io.optionsv4.core.analysis.UnderlyingData;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.CostSchedule;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.SpreadModel;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitPlanner;
import io.optionsv4.core.exit.PlanCosts;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.exit.PlanSimulator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.ConstructionInput;
import io.optionsv4.core.selection.ConstructionResult;
import io.optionsv4.core.selection.EconomicsCalculator;
import io.optionsv4.core.selection.ExpectedMoveRange;
import io.optionsv4.core.selection.IvAnalysis;
import io.optionsv4.core.selection.MarketAnalysis;
import io.optionsv4.core.selection.MarketLevels;
import io.optionsv4.core.selection.PriceLevel;
import io.optionsv4.core.selection.ProbabilityFilter;
import io.optionsv4.core.selection.RankedCandidate;
import io.optionsv4.core.selection.RankingContext;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyConstructor;
import io.optionsv4.core.selection.StrategyFit;
import io.optionsv4.core.selection.StrategyRanker;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.StrategySelector;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.core.selection.SymbolSelection;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One symbol through the whole of strategy creation: data, analysis, fitting strategies, construction on the chain,
 * filter, ranking and exit plans. Never throws for bad data: every failure becomes a {@link SymbolOutcome.NoStrategy}
 * with its reason. Thread-safe (holds only immutable collaborators).
 */
final class SymbolPipeline {

    /** Calendar days of daily candles read: 200 sessions for the long EMA plus a margin for holidays. */
    static final int CANDLE_DAYS = 420;

    /** Chains further out than this are not loaded: no strategy window reaches them. */
    static final int MAX_CHAIN_DAYS = 120;

    /** At most this many expiries are loaded (index weeklies). */
    static final int MAX_CHAINS = 8;

    private final MarketData marketData;
    private final Optional<IvHistoryStore> ivHistory;
    private final UnderlyingAnalyzer analyzer;
    private final StrategyFit fit;
    private final StrategyConstructor constructor;
    private final StrategySelector selector;
    private final ExitPlanner exitPlanner;

    private final PlanSimulator simulator;
    private final EconomicsCalculator economics;
    private final BrokerMargin brokerMargin;

    SymbolPipeline(
            MarketData marketData,
            Optional<IvHistoryStore> ivHistory,
            AnalysisSettings settings,
            TradingDays tradingDays,
            BrokerMargin brokerMargin) {
        this.marketData = Checks.notNull(marketData, "marketData");
        this.ivHistory = Checks.notNull(ivHistory, "ivHistory");
        Checks.notNull(settings, "settings");
        this.analyzer = UnderlyingAnalyzer.DEFAULT;
        this.fit = new StrategyFit(settings.preferences());
        this.exitPlanner = new ExitPlanner(settings.exits(), tradingDays);
        this.constructor = new StrategyConstructor(
                settings.construction(),
                new ExecutablePrices(SpreadModel.DEFAULT, settings.costs().slippage()),
                exitPlanner);
        this.economics = new EconomicsCalculator(
                new CostCalculator(CostSchedule.nse(), settings.costs().brokerage()), MarginCalculator.NSE);
        this.brokerMargin = brokerMargin;
        this.selector = new StrategySelector(
                new ProbabilityFilter(settings.capital()),
                new StrategyRanker(settings.ranking(), settings.preferences()),
                economics);
        this.simulator = new PlanSimulator(tradingDays, PlanSimulator.DEFAULT_PATHS, PlanSimulator.DEFAULT_SEED);
    }

    /**
     * Analyses {@code symbol} on {@code asOf}; the market conditions are absent when they could not be evaluated, and
     * {@code indiaVix} is the day's India VIX close stored with the analysis.
     */
    SymbolOutcome analyse(
            String symbol,
            LocalDate asOf,
            Optional<MarketConditions> market,
            double indiaVix,
            RiskTolerance risk,
            int top) {
        List<Candle> candles;
        List<OptionChain> chains;
        Optional<String> noHistory = Optional.empty();
        Map<LocalDate, ExpiryKind> kinds = new HashMap<>();
        try {
            try {
                candles = marketData.dailyCandles(symbol, asOf.minusDays(CANDLE_DAYS), asOf);
            } catch (MarketDataException e) {
                if (UnderlyingKind.ofSymbol(symbol) != UnderlyingKind.INDEX) {
                    throw e;
                }
                // an index without a history file is analysed from its chains (below)
                candles = List.of();
                noHistory = Optional.of(message(e));
            }
            chains = chains(symbol, asOf, kinds);
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e; // the source refuses every call: the run stops here, reported once
            }
            // The source names what is missing; an exception without a message is still data missing, not FAILED.
            return missing(symbol, Optional.empty(), message(e));
        }
        if (candles.isEmpty() && UnderlyingKind.ofSymbol(symbol) != UnderlyingKind.INDEX) {
            return missing(symbol, Optional.empty(), "no daily candles up to " + asOf);
        }
        if (chains.isEmpty()) {
            return missing(symbol, Optional.empty(), "no option expiry listed after " + asOf);
        }
        UnderlyingAnalysis analysis;
        if (candles.isEmpty()) {
            String why = noHistory.orElse("no daily candles up to " + asOf);
            Optional<UnderlyingAnalysis> fromChains =
                    analyzer.analyzeFromChains(symbol, chains, ivHistory(symbol, asOf), asOf);
            if (fromChains.isEmpty()) {
                return missing(
                        symbol,
                        Optional.empty(),
                        why + "; no chain with a forward (future or put-call parity) to analyse it from");
            }
            if (fromChains.get().iv() instanceof InsufficientHistory) {
                return missing(
                        symbol, Optional.empty(), why + "; and no priced ATM option in its chains to analyse it from");
            }
            analysis = fromChains.get();
        } else {
            analysis = analyzer.analyze(new UnderlyingData(symbol, candles, chains, ivHistory(symbol, asOf)), asOf);
            if (analysis.trend() instanceof InsufficientHistory h) {
                return missing(symbol, Optional.of(analysis), describe(h));
            }
        }
        if (analysis.iv() instanceof InsufficientHistory h) {
            return missing(symbol, Optional.of(analysis), describe(h));
        }
        // Checked before any strategy is built: without them the analysis cannot be stored at all.
        Optional<String> levelsProblem = levelsProblem(analysis);
        if (levelsProblem.isPresent()) {
            return missing(symbol, Optional.of(analysis), levelsProblem.get());
        }
        List<StrategyDefinition> fitting = fit.choose(analysis, market);
        if (fitting.isEmpty()) {
            return new SymbolOutcome.NoStrategy(
                    symbol,
                    Optional.of(analysis),
                    RejectionReason.NO_FITTING_STRATEGY,
                    "no registered strategy fits the outlook, IV environment and market state",
                    List.of());
        }
        ConstructionInput input = ConstructionInput.of(analysis, chains);
        List<ConstructionResult> built = new ArrayList<>(fitting.size());
        for (StrategyDefinition definition : fitting) {
            built.add(constructor.construct(definition, input));
        }
        TradePlans plans = new TradePlans(exitPlanner, simulator, risk, analysis, this::planCosts);
        SymbolSelection selection = selector.select(built, RankingContext.of(analysis, market), risk, top, plans);
        if (selection.ranked().isEmpty()) {
            RejectionReason reason = selection.noStrategyReason().orElse(RejectionReason.NO_FITTING_STRATEGY);
            return new SymbolOutcome.NoStrategy(
                    symbol, Optional.of(analysis), reason, summarise(selection, reason), selection.rejections());
        }
        List<RankedStrategy> strategies = new ArrayList<>();
        for (RankedCandidate selected : selection.ranked()) {
            TradePlans.Planned planned = plans.planned(selected.candidate());
            RankedCandidate ranked = brokerMargin.withBrokerCapital(selected);
            ExitPlan plan = planned.plan();
            PlanProbabilities probabilities = planned.probabilities();
            PlanCosts costs = planCosts(ranked.candidate());
            ExpiryKind kind = kinds.getOrDefault(ranked.candidate().nearExpiry(), ExpiryKind.MONTHLY);
            strategies.add(new RankedStrategy(
                    strategies.size() + 1,
                    ranked,
                    plan,
                    recommendation(ranked, plan, probabilities),
                    probabilities,
                    kind,
                    costs.included()));
        }
        SymbolAnalysis stored = symbolAnalysis(analysis, indiaVix, strategies);
        return new SymbolOutcome.Analysed(
                symbol, analysis, stored, strategies, selection.rejections(), Optional.empty());
    }

    private List<OptionChain> chains(String symbol, LocalDate asOf, Map<LocalDate, ExpiryKind> kinds) {
        List<Expiry> listed = marketData.expiries(symbol, asOf);
        listed.forEach(e -> kinds.put(e.date(), e.kind()));
        List<LocalDate> expiries = listed.stream()
                .map(Expiry::date)
                .filter(d -> d.isAfter(asOf) && !d.isAfter(asOf.plusDays(MAX_CHAIN_DAYS)))
                .sorted()
                .distinct()
                .limit(MAX_CHAINS)
                .toList();
        List<OptionChain> chains = new ArrayList<>(expiries.size());
        for (LocalDate expiry : expiries) {
            chains.add(marketData.optionChain(symbol, expiry, asOf));
        }
        return chains;
    }

    private List<Double> ivHistory(String symbol, LocalDate asOf) {
        if (ivHistory.isEmpty()) {
            return List.of();
        }
        try {
            return ivHistory.get().thirtyDayIvHistory(symbol, asOf.minusDays(1), IvStatistics.WINDOW_DAYS);
        } catch (StoreException e) {
            // The analysis then reports the IV rank as unavailable and says why; the run goes on.
            return List.of();
        }
    }

    private static String message(MarketDataException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static SymbolOutcome missing(String symbol, Optional<UnderlyingAnalysis> analysis, String detail) {
        return new SymbolOutcome.NoStrategy(symbol, analysis, RejectionReason.DATA_MISSING, detail, List.of());
    }

    private static String describe(InsufficientHistory h) {
        return h.what() + " needs " + h.required() + " observations, has " + h.available();
    }

    private static String summarise(SymbolSelection selection, RejectionReason reason) {
        long count = selection.rejections().stream()
                .filter(r -> r.reason() == reason)
                .count();
        String example = selection.rejections().stream()
                .filter(r -> r.reason() == reason)
                .findFirst()
                .map(r -> "; e.g. " + r.strategyName() + ": " + r.detail())
                .orElse("");
        return reason.label() + " (" + count + " of " + selection.rejections().size() + " strategies" + example + ")";
    }

    private static Optional<String> levelsProblem(UnderlyingAnalysis analysis) {
        if (analysis.levels().maxPain().isEmpty()) {
            return Optional.of("no open interest in the near chain: max pain is undefined");
        }
        // An index without volume in its source (chains only, or a daily file without volume) is analysed without
        // a value area and reported so (NoVolumeWarning); a stock's candles without volume are data missing.
        boolean volumeLessIndex =
                analysis.withoutVolume() && UnderlyingKind.ofSymbol(analysis.symbol()) == UnderlyingKind.INDEX;
        if (analysis.levels().valueArea().isEmpty() && !volumeLessIndex) {
            return Optional.of("no traded volume in the candles: the value area is undefined");
        }
        if (analysis.putCallRatio().byOpenInterest().isEmpty()) {
            return Optional.of("no call open interest: the put/call ratio is undefined");
        }
        return Optional.empty();
    }

    /** Returns the cost stack of the candidate's option legs for the plan simulator; none without economics. */
    private PlanCosts planCosts(Candidate candidate) {
        if (candidate.economics().isEmpty()) {
            return PlanCosts.NONE;
        }
        List<OptionLeg> legs = candidate.strategy().legs().stream()
                .filter(OptionLeg.class::isInstance)
                .map(OptionLeg.class::cast)
                .toList();
        return PlanCosts.of(economics.costs(), legs, candidate.asOf(), candidate.nearExpiry());
    }

    private static StrategyRecommendation recommendation(
            RankedCandidate ranked, ExitPlan plan, PlanProbabilities probabilities) {
        return new StrategyRecommendation(
                ranked.candidate().name(),
                ranked.candidate().legs().stream()
                        .map(CandidateLeg::toRecommended)
                        .toList(),
                ranked.candidate().figures(),
                ranked.candidate().greeks(),
                plan.riskManagement(),
                plan.exitLevels(),
                ranked.componentScores(),
                ranked.totalScore(),
                ranked.conviction(),
                ranked.candidate().economics().map(e -> NetEconomicsMapper.stored(e, probabilities)));
    }

    private static SymbolAnalysis symbolAnalysis(
            UnderlyingAnalysis analysis, double vix, List<RankedStrategy> strategies) {
        IvAssessment iv = (IvAssessment) analysis.iv();
        // without a price history (an index analysed from its chains) there is no trend: stored as no view
        MarketAnalysis marketAnalysis = switch (analysis.trend()) {
            case TrendAnalysis trend ->
                new MarketAnalysis(
                        DirectionalBias.valueOf(trend.direction().name()),
                        trend.confidence(),
                        trend.score(),
                        vix,
                        analysis.putCallRatio().byOpenInterest().orElseThrow());
            case InsufficientHistory none ->
                new MarketAnalysis(
                        DirectionalBias.NEUTRAL,
                        0,
                        0,
                        vix,
                        analysis.putCallRatio().byOpenInterest().orElseThrow());
        };
        IvAnalysis ivAnalysis = iv.statistics()
                .map(s -> IvAnalysis.ranked(
                        iv.current(), iv.realizedVolatility(), s.ivRank(), s.ivPercentile(), s.environment()))
                .orElseGet(() -> IvAnalysis.unranked(iv.current(), iv.realizedVolatility()));
        double maxPain = analysis.levels().maxPain().orElseThrow();
        MarketLevels levels = analysis.levels()
                .valueArea()
                .map(a -> MarketLevels.of(maxPain, a.low(), a.pointOfControl(), a.high()))
                .orElseGet(() -> MarketLevels.withoutValueArea(maxPain));
        List<PriceLevel> priceLevels = new ArrayList<>();
        analysis.levels().supports().forEach(l -> priceLevels.add(priceLevel(l)));
        analysis.levels().resistances().forEach(l -> priceLevels.add(priceLevel(l)));
        List<ExpectedMoveRange> moves = analysis.expectedMoves().stream()
                .filter(m -> m.calendarDays() > 0)
                .map(m -> new ExpectedMoveRange(m.calendarDays(), m.oneSigma(), m.lower(1), m.upper(1)))
                .collect(Collectors.toList());
        return new SymbolAnalysis(
                analysis.symbol(),
                analysis.asOf(),
                analysis.levels().reference(),
                marketAnalysis,
                ivAnalysis,
                levels,
                priceLevels,
                moves,
                strategies.stream().map(RankedStrategy::recommendation).toList());
    }

    private static PriceLevel priceLevel(KeyLevel level) {
        return new PriceLevel(PriceLevel.Type.valueOf(level.type().name()), level.price(), level.strength());
    }
}
