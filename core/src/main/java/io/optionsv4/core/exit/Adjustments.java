package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.Adjustment;
import io.optionsv4.core.exit.ExitPlan.AdjustmentKind;
import io.optionsv4.core.exit.ExitPlan.Crossing;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.strategy.DirectionalBias;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The adjustment suggestions of a position, each triggered by the underlying's price.
 *
 * <p>A move {@code UP} is triggered at the lowest short near-expiry call strike above the spot (the strike is
 * "tested"), or without one at a one-sigma move {@code spot x exp(atmVol sqrt(days / 365))}; a move {@code DOWN}
 * mirrors it with short puts. Defensive rolls: one per side on which the position is short an option of that side's
 * right. Offensive add: directional strategies, on a one-sigma move in their favour. Morphs: the table below, naming
 * registered strategies only (checked by the tests against the registry).
 */
final class Adjustments {

    /** The way the underlying moves. */
    enum Move {
        UP,
        DOWN
    }

    /** A morph into registered strategies on a move. */
    record Morph(Move move, List<String> into, String how) {}

    static final Map<String, List<Morph>> MORPHS = Map.ofEntries(
            Map.entry(
                    "Long Call",
                    List.of(up(
                            "Bull Call Spread",
                            "sell a call above the market against the long call" + " to lock in part of the gain"))),
            Map.entry(
                    "Long Put",
                    List.of(down(
                            "Bear Put Spread",
                            "sell a put below the market against the long put" + " to lock in part of the gain"))),
            Map.entry(
                    "Bull Call Spread",
                    List.of(up(
                            "Butterfly Spread",
                            "add a bear call spread from the short strike"
                                    + " up, turning the spread into a butterfly centred on the short strike"))),
            Map.entry(
                    "Bear Put Spread",
                    List.of(down(
                            "Put Butterfly",
                            "add a bull put spread from the short strike"
                                    + " down, turning the spread into a put butterfly"))),
            Map.entry(
                    "Bull Put Spread",
                    List.of(up(
                            "Iron Condor",
                            "sell a call spread above the market for more" + " credit on the same margin"))),
            Map.entry(
                    "Bear Call Spread",
                    List.of(down(
                            "Iron Condor",
                            "sell a put spread below the market for more" + " credit on the same margin"))),
            Map.entry(
                    "Iron Condor",
                    both(
                            "Iron Butterfly",
                            "roll the untested short strike to the tested one for"
                                    + " more credit, re-centring the position")),
            Map.entry(
                    "Iron Butterfly",
                    both(
                            "Iron Condor",
                            "roll the tested short strike and its wing away from the" + " market, widening the body")),
            Map.entry(
                    "Butterfly Spread",
                    List.of(up(
                            "Broken Wing Butterfly",
                            "move the upper wing up to give the" + " rising underlying room"))),
            Map.entry(
                    "Put Butterfly",
                    List.of(down(
                            "Put Broken Wing Butterfly",
                            "move the lower wing down to give the" + " falling underlying room"))),
            Map.entry("Long Straddle", longVolatility()),
            Map.entry("Long Strangle", longVolatility()),
            Map.entry("Short Straddle", both("Iron Butterfly", "buy wings on both sides to cap the loss")),
            Map.entry("Short Strangle", both("Iron Condor", "buy wings on both sides to cap the loss")),
            Map.entry(
                    "Cash-Secured Put",
                    List.of(down(
                            "Covered Call", "take assignment and sell calls against the" + " shares (the wheel)"))),
            Map.entry(
                    "Covered Call",
                    List.of(up(
                            "Cash-Secured Put",
                            "let the shares be called away and sell a put" + " to re-enter lower (the wheel)"))),
            Map.entry(
                    "Calendar Spread",
                    List.of(up("Diagonal Spread", "roll the short near-expiry call up to a" + " higher strike"))),
            Map.entry(
                    "Put Calendar Spread",
                    List.of(down("Put Diagonal Spread", "roll the short near-expiry put" + " down to a lower strike"))),
            Map.entry(
                    "Diagonal Spread",
                    List.of(down(
                            "Calendar Spread", "roll the short near-expiry call down to" + " the long call's strike"))),
            Map.entry(
                    "Put Diagonal Spread",
                    List.of(up(
                            "Put Calendar Spread", "roll the short near-expiry put up" + " to the long put's strike"))),
            Map.entry(
                    "Call Ratio Spread",
                    List.of(up(
                            "Butterfly Spread",
                            "buy a call above the short strike to cap" + " the unlimited upside loss"))),
            Map.entry(
                    "Put Ratio Spread",
                    List.of(down("Put Butterfly", "buy a put below the short strike to cap the" + " downside loss"))),
            Map.entry(
                    "Jade Lizard",
                    List.of(down("Iron Condor", "buy a put below the short put to cap the downside" + " loss"))),
            Map.entry(
                    "Broken Wing Butterfly",
                    List.of(up(
                            "Butterfly Spread",
                            "buy back the wide upper wing at an" + " equal width to even the wings"))),
            Map.entry(
                    "Put Broken Wing Butterfly",
                    List.of(down(
                            "Put Butterfly",
                            "buy back the wide lower wing at an" + " equal width to even the wings"))));

    private Adjustments() {}

    static List<Adjustment> of(Candidate candidate) {
        List<Adjustment> out = new ArrayList<>();
        for (Move move : Move.values()) {
            OptionalDouble tested = shortStrike(candidate, move);
            if (tested.isPresent()) {
                out.add(new Adjustment(
                        AdjustmentKind.DEFENSIVE_ROLL,
                        tested.getAsDouble(),
                        crossing(move),
                        "the underlying " + words(move) + " the short " + (move == Move.UP ? "call" : "put")
                                + " strike " + strike(tested.getAsDouble()),
                        "roll the tested short option out to the next expiry (and away from the market) for a net"
                                + " credit; close the position if no credit is available",
                        List.of()));
            }
        }
        DirectionalBias bias = candidate.definition().metadata().directionalBias();
        if (bias != DirectionalBias.NEUTRAL) {
            Move favourable = bias == DirectionalBias.BULLISH ? Move.UP : Move.DOWN;
            double trigger = sigmaMove(candidate, favourable);
            out.add(new Adjustment(
                    AdjustmentKind.OFFENSIVE_ADD,
                    trigger,
                    crossing(favourable),
                    "the underlying " + words(favourable) + " " + strike(trigger) + ", one sigma in the position's"
                            + " favour",
                    "the view is confirmed: add one lot of " + candidate.name() + " with strikes re-centred on the"
                            + " new price, keeping the total within the per-trade risk limit",
                    List.of()));
        }
        for (Morph morph : MORPHS.getOrDefault(candidate.name(), List.of())) {
            double trigger = trigger(candidate, morph.move());
            out.add(new Adjustment(
                    AdjustmentKind.MORPH,
                    trigger,
                    crossing(morph.move()),
                    "the underlying " + words(morph.move()) + " " + strike(trigger),
                    "morph into " + String.join(" or ", morph.into()) + ": " + morph.how(),
                    morph.into()));
        }
        return out;
    }

    /** Returns the tested short strike on the side of {@code move}, or the one-sigma move when there is none. */
    static double trigger(Candidate candidate, Move move) {
        return shortStrike(candidate, move).orElse(sigmaMove(candidate, move));
    }

    private static OptionalDouble shortStrike(Candidate candidate, Move move) {
        Right right = move == Move.UP ? Right.CALL : Right.PUT;
        var strikes = candidate.legs().stream()
                .filter(l -> l.side() == Side.SELL && l.right() == right)
                .filter(l -> l.expiry().equals(candidate.nearExpiry()))
                .mapToDouble(CandidateLeg::strike);
        return move == Move.UP
                ? strikes.filter(k -> k > candidate.spot()).min()
                : strikes.filter(k -> k < candidate.spot()).max();
    }

    private static double sigmaMove(Candidate candidate, Move move) {
        double years = Math.max(candidate.daysToExpiry(), 1) / 365.0;
        double sigma = candidate.atmVolatility() * Math.sqrt(years);
        return candidate.spot() * Math.exp(move == Move.UP ? sigma : -sigma);
    }

    private static Crossing crossing(Move move) {
        return move == Move.UP ? Crossing.AT_OR_ABOVE : Crossing.AT_OR_BELOW;
    }

    private static String words(Move move) {
        return move == Move.UP ? "trades at or above" : "trades at or below";
    }

    private static String strike(double price) {
        return String.format(Locale.ROOT, "%.2f", price);
    }

    private static Morph up(String into, String how) {
        return new Morph(Move.UP, List.of(into), how);
    }

    private static Morph down(String into, String how) {
        return new Morph(Move.DOWN, List.of(into), how);
    }

    private static List<Morph> both(String into, String how) {
        return List.of(up(into, how), down(into, how));
    }

    private static List<Morph> longVolatility() {
        String how = "after the move, close the losing side and sell a further out-of-the-money option on the winning"
                + " side, keeping a vertical spread";
        return List.of(up("Bull Call Spread", how), down("Bear Put Spread", how));
    }
}
