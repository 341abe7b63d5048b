package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.exit.ExitSettings.ScalingLevel;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.GreekExposure;
import io.optionsv4.core.selection.PremiumSource;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.Strategy;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyInputs;
import io.optionsv4.core.testdata.DefaultSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Test fixtures of the exit package: settings with the numbers of {@code exits.yaml}, and candidates built by hand
 * from a registry definition, strikes and a lognormal market (premiums and Greeks from Black–Scholes–Merton, figures
 * from the payoff analyzer).
 */
final class ExitFixtures {

    static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);
    static final double RATE = 0.065;
    static final int CALENDAR_GAP_DAYS = 28;
    static final double MIN_PREMIUM = 0.05;

    private ExitFixtures() {}

    /** A market to build a candidate in. */
    record Market(double spot, double vol, int days, int lots, int lotSize) {}

    /** The market of most tests: spot 1500, 25 % vol, 30 days, two lots of 50. */
    static final Market MARKET = new Market(1500, 0.25, 30, 2, 50);

    // ---- settings ------------------------------------------------------------------------------------------------

    static Map<RiskTolerance, Double> tolerances(double conservative, double moderate, double aggressive) {
        return DefaultSettings.tolerances(conservative, moderate, aggressive);
    }

    static List<ScalingLevel> scaling() {
        return DefaultSettings.scaling();
    }

    static ExitRule rule(
            double target,
            Map<RiskTolerance, Double> premiumStop,
            Map<RiskTolerance, Double> maxLossStop,
            int dte,
            double delta,
            double gammaExit) {
        return DefaultSettings.exitRule(target, premiumStop, maxLossStop, dte, delta, gammaExit);
    }

    /** Settings with the numbers of {@code exits.yaml}. */
    static ExitSettings settings() {
        return DefaultSettings.exits();
    }

    // ---- candidates ----------------------------------------------------------------------------------------------

    /** Returns the usual strikes around {@code spot} for {@code definition}, on a grid of {@code step}. */
    static List<Double> strikes(StrategyDefinition definition, double spot, double step) {
        double atm = Math.round(spot / step) * step;
        int count = definition.strikeCount();
        return switch (definition.strikeRule()) {
            case EQUAL_WINGS -> List.of(atm - 2 * step, atm, atm + 2 * step);
            case UPPER_WING_WIDER -> List.of(atm - 2 * step, atm, atm + 3 * step);
            case LOWER_WING_WIDER -> List.of(atm - 3 * step, atm, atm + 2 * step);
            case ASCENDING -> ascending(definition, atm, step, count);
        };
    }

    private static List<Double> ascending(StrategyDefinition definition, double atm, double step, int count) {
        if (count == 1) {
            return switch (definition.name()) {
                case "Cash-Secured Put" -> List.of(atm - step);
                case "Covered Call" -> List.of(atm + step);
                default -> List.of(atm);
            };
        }
        List<Double> out = new ArrayList<>();
        double first = atm - (count - 1) * step;
        for (int i = 0; i < count; i++) {
            out.add(first + 2 * i * step);
        }
        return out;
    }

    /** Returns the candidate of {@code definition} at the usual strikes in {@link #MARKET}. */
    static Candidate candidate(StrategyDefinition definition) {
        return candidate(definition, strikes(definition, MARKET.spot(), 50), MARKET);
    }

    /** Returns the candidate of {@code definition} at {@code strikes} in {@code market}. */
    static Candidate candidate(StrategyDefinition definition, List<Double> strikes, Market market) {
        double years = market.days() / 365.0;
        double between = CALENDAR_GAP_DAYS / 365.0;
        StrategyInputs shape = new StrategyInputs(
                strikes,
                Collections.nCopies(definition.premiumCount(), 1.0),
                market.lots(),
                market.lotSize(),
                market.spot(),
                definition.spansTwoExpiries() ? between : 0.0);
        List<OptionLeg> shapeLegs = options(definition.legs(shape));
        List<Double> premiums = new ArrayList<>();
        List<Greeks> greeks = new ArrayList<>();
        for (OptionLeg leg : shapeLegs) {
            Greeks g = BlackScholesMerton.greeks(
                    leg.right(),
                    market.spot(),
                    leg.strike(),
                    years + leg.yearsAfterFirstExpiry(),
                    market.vol(),
                    RATE,
                    0.0);
            greeks.add(g);
            premiums.add(Math.max(MIN_PREMIUM, Math.round(g.price() / MIN_PREMIUM) * MIN_PREMIUM));
        }
        StrategyInputs inputs = new StrategyInputs(
                strikes,
                premiums,
                market.lots(),
                market.lotSize(),
                market.spot(),
                definition.spansTwoExpiries() ? between : 0.0);
        Strategy strategy = definition.resolve(inputs);
        ProbabilityModel model = ProbabilityModel.of(market.spot(), market.vol(), RATE, 0.0, years);
        StrategyFigures figures =
                definition.spansTwoExpiries() ? strategy.figures(model, market.vol()) : strategy.figures(model);
        LocalDate near = AS_OF.plusDays(market.days());
        LocalDate far = near.plusDays(CALENDAR_GAP_DAYS);
        List<OptionLeg> legs = options(strategy.legs());
        List<CandidateLeg> candidateLegs = new ArrayList<>();
        double delta = 0;
        double gamma = 0;
        double vega = 0;
        double theta = 0;
        double premium = 0;
        for (int i = 0; i < legs.size(); i++) {
            OptionLeg leg = legs.get(i);
            Greeks g = greeks.get(i);
            int units = leg.quantity();
            delta += units * g.delta();
            gamma += units * g.gamma();
            vega += units * g.vega();
            theta += units * g.theta();
            premium -= leg.entryCost();
            candidateLegs.add(new CandidateLeg(
                    leg.side(),
                    leg.right(),
                    leg.strike(),
                    leg.expiresFirst() ? near : far,
                    Math.abs(units) / market.lotSize(),
                    leg.premiumPerUnit(),
                    PremiumSource.MID,
                    market.vol(),
                    new OptionGreeks(g.delta(), g.gamma(), g.vega(), g.theta(), g.rho()),
                    10_000,
                    100,
                    OptionalDouble.of(0.02),
                    io.optionsv4.core.costs.LegPrice.atReference(
                            "TEST " + leg.strike() + " " + leg.right(), leg.side(), leg.premiumPerUnit())));
        }
        int underlyingUnits = definition.holdsUnderlying() ? market.lots() * market.lotSize() : 0;
        delta += underlyingUnits;
        return new Candidate(
                "TEST",
                AS_OF,
                definition,
                market.spot(),
                candidateLegs,
                underlyingUnits,
                market.lotSize(),
                strategy,
                figures,
                new GreekExposure(delta, gamma, vega, theta),
                premium,
                near,
                definition.spansTwoExpiries() ? java.util.Optional.of(far) : java.util.Optional.empty(),
                market.days(),
                market.vol(),
                model,
                new io.optionsv4.core.selection.ReferenceFigures(premium, figures));
    }

    private static List<OptionLeg> options(List<Leg> legs) {
        return legs.stream()
                .filter(OptionLeg.class::isInstance)
                .map(OptionLeg.class::cast)
                .toList();
    }
}
