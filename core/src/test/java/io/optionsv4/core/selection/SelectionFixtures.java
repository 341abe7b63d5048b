package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IndicatorKind;
import io.optionsv4.core.analysis.IndicatorReading;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.analysis.IvResult;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.PriceLevels;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.analysis.TechnicalIndicators;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.TrendResult;
import io.optionsv4.core.analysis.TrendVote;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.analysis.VolatilitySource;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.conditions.VixAssessment;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.Strategy;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import io.optionsv4.core.strategy.StrategyRegistry;
import io.optionsv4.core.testdata.DefaultSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Settings, analyses and hand-built candidates for the selection tests; the settings mirror selection.yaml. */
final class SelectionFixtures {

    static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);
    static final LocalDate NEAR = LocalDate.of(2020, 1, 30);
    static final LocalDate FAR = LocalDate.of(2020, 2, 27);
    static final int DAYS = 27;

    private SelectionFixtures() {}

    /** The market-state preferences of selection.yaml. */
    static StrategyPreferences preferences() {
        return DefaultSettings.preferences();
    }

    /** The capital settings of selection.yaml: ₹3 crore and the limits. */
    static CapitalSettings capital() {
        return DefaultSettings.capital();
    }

    /** The ranking weights of selection.yaml. */
    static RankingWeights weights() {
        return DefaultSettings.ranking();
    }

    /** Returns the IV percentile in the middle of {@code environment}'s band. */
    static double percentile(IvEnvironment environment) {
        return switch (environment) {
            case VERY_LOW -> 0.05;
            case LOW -> 0.25;
            case NORMAL -> 0.50;
            case HIGH -> 0.75;
            case VERY_HIGH -> 0.95;
        };
    }

    /** Returns indicators with the given RSI, MACD histogram and ATR, every other reading 100. */
    static TechnicalIndicators indicators(double rsi, double macdHistogram, double atr) {
        Map<IndicatorKind, IndicatorReading> readings = new EnumMap<>(IndicatorKind.class);
        for (IndicatorKind kind : IndicatorKind.values()) {
            readings.put(kind, new IndicatorReading.Value(100));
        }
        readings.put(IndicatorKind.RSI_14, new IndicatorReading.Value(rsi));
        readings.put(IndicatorKind.MACD_HISTOGRAM, new IndicatorReading.Value(macdHistogram));
        readings.put(IndicatorKind.ATR_14, new IndicatorReading.Value(atr));
        return new TechnicalIndicators(AS_OF, 250, 100, readings);
    }

    static TrendAnalysis trend(Direction direction, double confidence) {
        double score = switch (direction) {
            case BULLISH -> confidence;
            case BEARISH -> -confidence;
            case NEUTRAL -> 0;
        };
        return new TrendAnalysis(
                AS_OF,
                direction,
                confidence,
                score,
                List.of(new TrendVote("EMA 9/21", score)),
                List.of(),
                indicators(50, 0, 2));
    }

    static IvAssessment iv(IvEnvironment environment) {
        double p = percentile(environment);
        return new IvAssessment(
                0.2,
                VolatilitySource.IMPLIED,
                Optional.of(new IvStatistics(0.2, p, p, 0.1, 0.4, 252)),
                251,
                OptionalDouble.of(0.18),
                OptionalDouble.empty());
    }

    static UnderlyingAnalysis analysis(TrendResult trend, IvResult iv) {
        return new UnderlyingAnalysis(
                "ACME",
                AS_OF,
                trend,
                iv,
                new PriceLevels(100, List.of(), List.of(), Optional.empty(), OptionalDouble.empty()),
                new PutCallRatio(0, 0, 0, 0),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    static UnderlyingAnalysis analysis(Direction direction, double confidence, IvEnvironment environment) {
        return analysis(trend(direction, confidence), iv(environment));
    }

    static InsufficientHistory noHistory() {
        return new InsufficientHistory("ATR 14", 15, 3);
    }

    static MarketConditions market(MarketState state) {
        return new MarketConditions(
                AS_OF,
                state,
                0.8,
                trend(state.direction(), 0.6),
                new VixAssessment(AS_OF, 14, Optional.empty(), state.vixRegime(), 0.75),
                Optional.empty());
    }

    /** A context with nothing known: every context-driven component scores 50. */
    static RankingContext blankContext() {
        return new RankingContext(
                "ACME",
                Direction.NEUTRAL,
                0,
                0,
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    static CandidateBuilder candidate(String strategy, double[] strikes, double... premiums) {
        return new CandidateBuilder(StrategyRegistry.get(strategy), strikes, premiums);
    }

    static double[] strikes(double... strikes) {
        return strikes;
    }

    /** Builds a candidate from a registered strategy with real figures under a lognormal model (overridable). */
    static final class CandidateBuilder {
        private final StrategyDefinition definition;
        private final double[] strikes;
        private final double[] premiums;
        private int lots = 1;
        private int lotSize = 50;
        private double spot = 100;
        private double vol = 0.2;
        private long openInterest = 200_000;
        private long volume = 5_000;
        private OptionalDouble spread = OptionalDouble.of(0.02);
        private GreekExposure greeks = new GreekExposure(0, 0, 0, 0);
        private StrategyFigures figures;

        CandidateBuilder(StrategyDefinition definition, double[] strikes, double[] premiums) {
            this.definition = definition;
            this.strikes = strikes.clone();
            this.premiums = premiums.clone();
        }

        CandidateBuilder lots(int value) {
            this.lots = value;
            return this;
        }

        CandidateBuilder spot(double value) {
            this.spot = value;
            return this;
        }

        CandidateBuilder vol(double value) {
            this.vol = value;
            return this;
        }

        CandidateBuilder liquidity(long oi, long contracts, OptionalDouble spreadFraction) {
            this.openInterest = oi;
            this.volume = contracts;
            this.spread = spreadFraction;
            return this;
        }

        CandidateBuilder greeks(GreekExposure value) {
            this.greeks = value;
            return this;
        }

        CandidateBuilder figures(StrategyFigures value) {
            this.figures = value;
            return this;
        }

        Candidate build() {
            double years = DAYS / 365.0;
            double between = (FAR.toEpochDay() - NEAR.toEpochDay()) / 365.0;
            StrategyInputs inputs = new StrategyInputs(
                    Arrays.stream(strikes).boxed().toList(),
                    Arrays.stream(premiums).boxed().toList(),
                    lots,
                    lotSize,
                    definition.holdsUnderlying() ? spot : 0,
                    definition.spansTwoExpiries() ? between : 0);
            Strategy strategy = definition.resolve(inputs);
            ProbabilityModel model = ProbabilityModel.of(spot, vol, 0, 0, years);
            StrategyFigures f = figures != null
                    ? figures
                    : definition.spansTwoExpiries() ? strategy.figures(model, vol) : strategy.figures(model);
            List<CandidateLeg> legs = new ArrayList<>();
            double net = 0;
            int units = 0;
            for (Leg leg : strategy.legs()) {
                if (leg instanceof OptionLeg o) {
                    legs.add(new CandidateLeg(
                            o.side(),
                            o.right(),
                            o.strike(),
                            o.expiresFirst() ? NEAR : FAR,
                            Math.abs(o.quantity()) / lotSize,
                            o.premiumPerUnit(),
                            PremiumSource.MID,
                            vol,
                            new OptionGreeks(0.5, 0.01, 0.1, -0.05, 0.01),
                            openInterest,
                            volume,
                            spread,
                            io.optionsv4.core.costs.LegPrice.atReference(
                                    "ACME " + o.strike() + " " + o.right(), o.side(), o.premiumPerUnit())));
                    net -= o.entryCost();
                } else {
                    units = lots * lotSize;
                }
            }
            return new Candidate(
                    "ACME",
                    AS_OF,
                    definition,
                    spot,
                    legs,
                    units,
                    lotSize,
                    strategy,
                    f,
                    greeks,
                    net,
                    NEAR,
                    definition.spansTwoExpiries() ? Optional.of(FAR) : Optional.empty(),
                    DAYS,
                    vol,
                    model,
                    new ReferenceFigures(net, f));
        }
    }
}
