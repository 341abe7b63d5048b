package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateEconomics;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.ComponentScore;
import io.optionsv4.engine.pipeline.RankedStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ranked strategy of the {@code analyze} document ({@link AnalysisJson}): legs, figures at executable prices,
 * the trade economics ({@link AnalysisEconomicsJson}), the figures at reference prices, the model behind them, the
 * greeks, the scores, the exit plan ({@link AnalysisExitPlanJson}) and the plan-aware figures.
 */
final class AnalysisStrategyJson {

    private AnalysisStrategyJson() {}

    /**
     * A ranked strategy.
     *
     * @param rank its rank within the symbol, from 1
     * @param name the strategy
     * @param category its category
     * @param directionalBias its directional bias
     * @param volatilityBias its volatility bias
     * @param lotSize units per lot
     * @param daysToExpiry calendar days to the near expiry
     * @param legs the option legs
     * @param underlyingLeg the underlying bought with it, absent when none
     * @param netPremium the net premium at executable prices, positive received
     * @param figures the gross figures at executable prices
     * @param net the figures after costs, absent without the economics
     * @param costs the round-trip costs, absent without the economics
     * @param capital the capital it ties up, absent without the economics
     * @param reference the figures at reference prices
     * @param model the model's inputs, unrounded
     * @param greeks the net greeks
     * @param componentScores each ranking component's score and weight
     * @param totalScore the ranking score
     * @param conviction the conviction
     * @param exitPlan the exit plan
     * @param nearExpiryKind whether the near expiry is weekly or monthly
     * @param planProbabilities how following the exit plan is expected to end
     */
    record Strategy(
            int rank,
            String name,
            String category,
            String directionalBias,
            String volatilityBias,
            int lotSize,
            int daysToExpiry,
            List<Leg> legs,
            @JsonInclude(JsonInclude.Include.NON_NULL) UnderlyingLeg underlyingLeg,
            double netPremium,
            AnalysisFiguresJson.Figures figures,
            @JsonInclude(JsonInclude.Include.NON_NULL) AnalysisEconomicsJson.Net net,
            @JsonInclude(JsonInclude.Include.NON_NULL) AnalysisEconomicsJson.Costs costs,
            @JsonInclude(JsonInclude.Include.NON_NULL) AnalysisEconomicsJson.Capital capital,
            AnalysisFiguresJson.Reference reference,
            AnalysisFiguresJson.Model model,
            Greeks greeks,
            Map<String, Score> componentScores,
            double totalScore,
            String conviction,
            AnalysisExitPlanJson.Plan exitPlan,
            String nearExpiryKind,
            AnalysisExitPlanJson.PlanFigures planProbabilities) {}

    /**
     * An option leg.
     *
     * @param symbol the underlying
     * @param expiry the expiry
     * @param strike the strike
     * @param right {@code CALL} or {@code PUT}
     * @param side {@code BUY} or {@code SELL}
     * @param lots lots
     * @param quantity units
     * @param premium the executable premium per unit
     * @param premiumSide {@code ASK} for a buy, {@code BID} for a sale
     * @param referencePrice the reference premium per unit (mid, or close without a book)
     * @param referenceSource where the reference comes from
     * @param bid the bid
     * @param ask the ask
     * @param priceSource whether bid and ask are quoted or modelled
     * @param iv the leg's implied volatility
     * @param delta the leg's delta
     * @param openInterest open interest, contracts
     * @param volume contracts traded on the day
     */
    record Leg(
            String symbol,
            String expiry,
            double strike,
            String right,
            String side,
            int lots,
            long quantity,
            double premium,
            String premiumSide,
            double referencePrice,
            String referenceSource,
            double bid,
            double ask,
            String priceSource,
            double iv,
            double delta,
            long openInterest,
            long volume) {}

    /**
     * The underlying bought with the options (a covered strategy).
     *
     * @param symbol the underlying
     * @param side {@code BUY}
     * @param quantity units
     * @param price the spot
     */
    record UnderlyingLeg(String symbol, String side, int quantity, double price) {}

    /**
     * The net greeks.
     *
     * @param delta delta
     * @param gamma gamma
     * @param vega vega
     * @param theta theta
     */
    record Greeks(double delta, double gamma, double vega, double theta) {}

    /**
     * One ranking component.
     *
     * @param score its score
     * @param weight its weight
     */
    record Score(double score, double weight) {}

    /** Returns the record of {@code s}, whose underlying was analysed as {@code underlying}. */
    static Strategy strategy(RankedStrategy s, UnderlyingAnalysis underlying) {
        Candidate c = s.ranked().candidate();
        Optional<CandidateEconomics> e = c.economics();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (ComponentScore score : s.ranked().componentScores()) {
            scores.put(score.component(), new Score(round(score.score(), 2), round(score.weight(), 4)));
        }
        return new Strategy(
                s.rank(),
                c.name(),
                c.definition().metadata().category().name(),
                c.definition().metadata().directionalBias().name(),
                c.definition().metadata().volatilityBias().name(),
                c.lotSize(),
                c.daysToExpiry(),
                c.legs().stream().map(leg -> leg(c, leg)).toList(),
                c.underlyingUnits() > 0
                        ? new UnderlyingLeg(c.symbol(), "BUY", c.underlyingUnits(), round(c.spot(), 2))
                        : null,
                round(c.netPremium(), 2),
                AnalysisFiguresJson.gross(c.figures()),
                e.map(AnalysisEconomicsJson::net).orElse(null),
                e.map(AnalysisEconomicsJson::costs).orElse(null),
                e.map(AnalysisEconomicsJson::capital).orElse(null),
                AnalysisFiguresJson.reference(c),
                AnalysisFiguresJson.model(c, underlying),
                new Greeks(
                        round(c.greeks().netDelta(), 4),
                        round(c.greeks().netGamma(), 6),
                        round(c.greeks().netVega(), 2),
                        round(c.greeks().netTheta(), 2)),
                scores,
                round(s.ranked().totalScore(), 2),
                s.ranked().conviction().name(),
                AnalysisExitPlanJson.plan(s.exitPlan(), s.recommendation().risk()),
                s.nearExpiryKind().name(),
                AnalysisExitPlanJson.planFigures(s.planProbabilities(), s.planCostsIncluded()));
    }

    private static Leg leg(Candidate c, CandidateLeg leg) {
        return new Leg(
                c.symbol(),
                leg.expiry().toString(),
                leg.strike(),
                leg.right().name(),
                leg.side().name(),
                leg.lots(),
                (long) leg.lots() * c.lotSize(),
                round(leg.premiumPerUnit(), 2),
                leg.side() == Side.BUY ? "ASK" : "BID",
                round(leg.referencePerUnit(), 2),
                leg.premiumSource().name(),
                round(leg.price().bid(), 2),
                round(leg.price().ask(), 2),
                leg.price().source().name(),
                round(leg.impliedVolatility(), 4),
                round(leg.greeks().delta(), 4),
                leg.openInterest(),
                leg.volume());
    }
}
