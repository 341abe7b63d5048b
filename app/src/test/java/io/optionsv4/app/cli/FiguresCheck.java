package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.NearExpiryStress;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.PayoffProfile;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.SmileFit;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.UnderlyingLeg;
import io.optionsv4.core.probability.VolatilitySmile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Recomputes a strategy's figures from the {@code analyze} JSON with the core: the legs as core legs (quantity = side
 * sign x lots x lot size, at the premium of the chain's quote, which the JSON rounds to the paisa; the underlying for a
 * covered call), the model from the JSON's {@code model} (spot, ATM volatility, far volatility) and the near chain
 * (rate, year fraction, forward, the smile fitted to its IVs, each leg's own IV); then compares PoP, EV, max profit and
 * loss and breakevens, and the P&amp;L at each breakeven.
 */
final class FiguresCheck {

    private FiguresCheck() {}

    private static double rupees(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> f.rupees();
            case Amount.Unlimited u -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * Checks the figures of one strategy of the JSON against the core's on the same legs and model.
     *
     * @param chains the chain of a symbol and expiry on the run's day
     * @param symbol the underlying
     * @param s the strategy's JSON
     * @return true when the strategy spans two expiries
     */
    static boolean check(BiFunction<String, LocalDate, OptionChain> chains, String symbol, JsonNode s) {
        String where = symbol + " " + s.get("name").asText();
        JsonNode model = s.get("model");
        assertThat(model).as(where + ": model inputs in the JSON").isNotNull();
        double spot = model.get("spot").asDouble();
        LocalDate nearExpiry = LocalDate.parse(model.get("near_expiry").asText());
        OptionChain near = chains.apply(symbol, nearExpiry);
        double years = near.yearsToExpiry();
        double q = near.forward().isPresent() && years > 0
                ? near.rate() - Math.log(near.forward().get().price() / spot) / years
                : 0.0;
        ProbabilityModel probability =
                ProbabilityModel.of(spot, model.get("volatility").asDouble(), near.rate(), q, years);
        SmileDistribution smile = smile(near, probability);
        Map<OptionLeg, Double> ownVol = new HashMap<>();
        int lotSize = s.get("lot_size").asInt();
        List<Leg> legs = new ArrayList<>();
        double slope = 0;
        boolean twoExpiries = false;
        for (JsonNode l : s.get("legs")) {
            LocalDate expiry = LocalDate.parse(l.get("expiry").asText());
            Right right = Right.valueOf(l.get("right").asText());
            double strike = l.get("strike").asDouble();
            // The premium of the chain's quote (the JSON rounds it to the paisa; a mid can have half paise).
            OptionQuote quote = chains.apply(symbol, expiry)
                    .quote(strike, right)
                    .orElseThrow(() -> new AssertionError(where + ": no " + right + " " + strike + " on " + expiry));
            double reference = quote.bidAsk().isPresent()
                    ? quote.bidAsk().get().mid()
                    : quote.close() > 0 ? quote.close() : quote.last();
            assertThat(l.get("reference_price").asDouble())
                    .as(where + " reference")
                    .isCloseTo(reference, within(0.005 + 1e-9));
            // The figures are at the executable price: a buy at the ask, a sell at the bid (on the tick grid).
            double premium = l.get("premium").asDouble();
            Side side = Side.valueOf(l.get("side").asText());
            if (side == Side.BUY) {
                assertThat(premium).as(where + " buy at or above the reference").isGreaterThanOrEqualTo(reference);
                assertThat(premium)
                        .as(where + " buy at the ask")
                        .isEqualTo(l.get("ask").asDouble());
            } else {
                assertThat(premium)
                        .as(where + " sell at or below the reference")
                        .isLessThanOrEqualTo(reference);
                assertThat(premium)
                        .as(where + " sell at the bid")
                        .isEqualTo(l.get("bid").asDouble());
            }
            assertThat(l.get("premium_side").asText()).as(where).isEqualTo(side == Side.BUY ? "ASK" : "BID");
            assertThat(l.get("reference_source").asText())
                    .as(where)
                    .isEqualTo(quote.bidAsk().isPresent() ? "MID" : "CLOSE");
            OptionLeg leg = OptionLeg.of(
                    right,
                    Side.valueOf(l.get("side").asText()),
                    strike,
                    premium,
                    l.get("lots").asInt(),
                    lotSize);
            if (!expiry.equals(nearExpiry)) {
                assertThat(expiry).as(where).isAfter(nearExpiry);
                leg = leg.withYearsAfterFirstExpiry(chains.apply(symbol, expiry).yearsToExpiry() - years);
                twoExpiries = true;
            }
            legs.add(leg);
            ownVol.put(leg, quote.impliedVolatility().orElse(0.0));
            slope += Math.abs(leg.quantity());
        }
        if (s.has("underlying_leg")) {
            int units = s.get("underlying_leg").get("quantity").asInt();
            assertThat(units)
                    .as(where)
                    .isEqualTo(lotSize * s.get("legs").get(0).get("lots").asInt());
            legs.add(UnderlyingLeg.of(units, spot));
            slope += units;
        }
        // PoP under the near chain's fitted smile, EV with every leg at its own contract's IV (issue 13, item 4)
        StrategyFigures core = PayoffAnalyzer.figures(legs, smile, leg -> {
            double own = ownVol.getOrDefault(leg, 0.0);
            if (own > 0) {
                return own;
            }
            return leg.expiresFirst()
                    ? smile.smile().vol(leg.strike())
                    : model.get("far_volatility").asDouble();
        });
        JsonNode figures = s.get("figures");
        double pop = figures.get("probability_of_profit").asDouble();
        assertThat(pop).as(where).isBetween(0.0, 1.0);
        assertThat(pop).as(where + " PoP").isCloseTo(core.probabilityOfProfit(), within(0.00005 + 1e-9));
        assertThat(figures.get("expected_value").asDouble())
                .as(where + " EV")
                .isCloseTo(core.expectedValue(), within(0.005 + 1e-6 * Math.abs(core.expectedValue())));
        assertAmount(where + " max profit", figures.get("max_profit"), core.maxProfit());
        Amount maxLoss = core.maxLoss();
        if (twoExpiries && maxLoss instanceof Amount.Finite) {
            // over two expiries: the worst P&L at the near expiry within ±2σ, later IV ±5 points (issue 12)
            maxLoss = new Amount.Finite(NearExpiryStress.maxLoss(
                    legs, probability, model.get("far_volatility").asDouble()));
        }
        assertAmount(where + " max loss", figures.get("max_loss"), maxLoss);
        checkNet(where, s);
        JsonNode breakevens = figures.get("breakevens");
        assertThat(breakevens).as(where).hasSize(core.breakevens().size());
        for (int i = 0; i < breakevens.size(); i++) {
            assertThat(breakevens.get(i).asDouble())
                    .as(where + " breakeven " + i)
                    .isCloseTo(core.breakevens().get(i), within(0.005 + 1e-9));
        }
        if (!twoExpiries) {
            checkExpiryPayoff(where, figures, core, legs, slope);
        }
        return twoExpiries;
    }

    /** Checks the figures of a single-expiry strategy against its exact payoff, and its P&amp;L at the breakevens. */
    private static void checkExpiryPayoff(
            String where, JsonNode figures, StrategyFigures core, List<Leg> legs, double slope) {
        PayoffProfile profile = PayoffProfile.of(legs);
        assertAmount(where + " profile max profit", figures.get("max_profit"), profile.maxProfit());
        assertAmount(where + " profile max loss", figures.get("max_loss"), profile.maxLoss());
        double scale = core.maxLoss() instanceof Amount.Finite f ? f.rupees() : 1.0;
        for (JsonNode breakeven : figures.get("breakevens")) {
            // The JSON rounds a breakeven to the paisa: the P&L there is within half a paisa times the slope.
            assertThat(profile.valueAt(breakeven.asDouble()))
                    .as(where + " P&L at breakeven " + breakeven)
                    .isCloseTo(0.0, within(0.005 * slope + 1e-6 * scale));
        }
    }

    /** Returns the distribution of the near chain's fitted smile at the model's forward. */
    private static SmileDistribution smile(OptionChain near, ProbabilityModel probability) {
        double forward = near.forward()
                .map(f -> f.price())
                .orElse(probability.spot() * Math.exp(near.rate() * near.yearsToExpiry()));
        return new SmileDistribution(
                probability,
                SmileFit.ofChain(near, forward, probability.annualVol())
                        .orElse(VolatilitySmile.flat(probability.annualVol())));
    }

    /**
     * Checks the strategy's {@code net}, {@code costs} and {@code capital} blocks: net never better than gross, net EV
     * = gross EV less the round trip at the target, costs and capital above zero.
     */
    static void checkNet(String where, JsonNode s) {
        JsonNode gross = s.get("figures");
        JsonNode net = s.get("net");
        JsonNode costs = s.get("costs");
        assertThat(gross.get("basis").asText()).isEqualTo("GROSS");
        assertThat(net.get("basis").asText()).as(where).isEqualTo("NET");
        double roundTrip = costs.get("round_trip_at_target").asDouble();
        assertThat(roundTrip).as(where + " round trip").isPositive();
        assertThat(costs.get("entry").get("brokerage").asDouble())
                .as(where + " entry brokerage: ₹20 an order")
                .isEqualTo(20.0 * s.get("legs").size());
        assertThat(net.get("expected_value").asDouble())
                .as(where + " net EV")
                .isCloseTo(gross.get("expected_value").asDouble() - roundTrip, within(0.011));
        if (gross.get("max_profit").isNumber()) {
            assertThat(net.get("max_profit").asDouble())
                    .as(where + " net max profit")
                    .isLessThan(gross.get("max_profit").asDouble());
        }
        if (gross.get("max_loss").isNumber()) {
            assertThat(net.get("max_loss").asDouble())
                    .as(where + " net max loss")
                    .isGreaterThan(gross.get("max_loss").asDouble());
        }
        assertThat(net.get("probability_of_profit").asDouble())
                .as(where + " net PoP")
                .isLessThanOrEqualTo(gross.get("probability_of_profit").asDouble());
        assertThat(s.get("capital").get("capital_required").asDouble())
                .as(where + " capital")
                .isPositive();
        assertThat(s.get("plan_probabilities").get("costs_included").asBoolean())
                .as(where)
                .isTrue();
    }

    static void assertAmount(String what, JsonNode json, Amount core) {
        if (core instanceof Amount.Unlimited) {
            assertThat(json.asText()).as(what).isEqualTo("unlimited");
        } else {
            assertThat(json.isNumber()).as(what + " " + json).isTrue();
            assertThat(json.asDouble()).as(what).isCloseTo(rupees(core), within(0.005 + 1e-9 * rupees(core)));
        }
    }
}
