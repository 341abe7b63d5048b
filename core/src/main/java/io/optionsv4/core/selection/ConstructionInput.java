package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.SmileFit;
import io.optionsv4.core.probability.VolatilitySmile;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link StrategyConstructor} builds on: one underlying's option chains of one day and the expected move to each
 * expiry. Nothing is dropped here: expired or empty chains and expiries without an expected move stay in and become
 * {@link Rejection}s when a strategy needs them.
 *
 * @param symbol the underlying
 * @param asOf the trading day
 * @param spot the underlying's price the strikes are placed around and the figures use, rupees, {@code > 0}
 * @param chains the chains, one per expiry; stored sorted by expiry
 * @param expectedMoves the one-sigma move per expiry (only expiries with a priced ATM option have one)
 * @param smiles the fitted smile of each chain's expiry ({@link SmileFit}; flat at the expiry's ATM IV when the chain
 *     has no IVs), for the chains with an expected move: fitted once per underlying and day, shared by every strategy
 */
public record ConstructionInput(
        String symbol,
        LocalDate asOf,
        double spot,
        List<OptionChain> chains,
        List<ExpiryMove> expectedMoves,
        Map<LocalDate, VolatilitySmile> smiles) {

    /**
     * Validates the components and sorts a copy of the chains by expiry.
     *
     * @throws IllegalArgumentException for a chain of another underlying or two chains of one expiry
     */
    public ConstructionInput {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(asOf, "asOf");
        Checks.positive(spot, "spot");
        List<OptionChain> sorted = new ArrayList<>(Checks.notNull(chains, "chains"));
        sorted.forEach(c -> Checks.notNull(c, "chain"));
        sorted.sort(Comparator.comparing(OptionChain::expiry));
        for (int i = 0; i < sorted.size(); i++) {
            OptionChain chain = sorted.get(i);
            Checks.argument(
                    chain.underlying().equals(symbol),
                    "the chain of " + chain.underlying() + " " + chain.expiry() + " is not one of " + symbol);
            Checks.argument(
                    i == 0 || !chain.expiry().equals(sorted.get(i - 1).expiry()),
                    symbol + " has two chains for expiry " + chain.expiry());
        }
        chains = List.copyOf(sorted);
        expectedMoves = List.copyOf(Checks.notNull(expectedMoves, "expectedMoves"));
        smiles = Map.copyOf(Checks.notNull(smiles, "smiles"));
    }

    /** Creates the input with the smile of each chain fitted here (see the canonical constructor). */
    public ConstructionInput(
            String symbol, LocalDate asOf, double spot, List<OptionChain> chains, List<ExpiryMove> expectedMoves) {
        this(symbol, asOf, spot, chains, expectedMoves, smiles(spot, chains, expectedMoves));
    }

    /** Returns the fitted smile of {@code expiry}'s chain, if it has one (a chain with an expected move). */
    public Optional<VolatilitySmile> smile(LocalDate expiry) {
        return Optional.ofNullable(smiles.get(expiry));
    }

    /**
     * Fits the smile of each chain that has an expected move around its forward (the spot grown at the chain's rate
     * without one).
     */
    private static Map<LocalDate, VolatilitySmile> smiles(
            double spot, List<OptionChain> chains, List<ExpiryMove> moves) {
        Map<LocalDate, VolatilitySmile> out = new HashMap<>();
        for (OptionChain chain : Checks.notNull(chains, "chains")) {
            Checks.notNull(chain, "chain");
            for (ExpiryMove move : Checks.notNull(moves, "expectedMoves")) {
                if (move.expiry().equals(chain.expiry()) && !out.containsKey(chain.expiry())) {
                    double forward = chain.forward()
                            .map(ForwardPrice::price)
                            .orElse(spot * Math.exp(chain.rate() * chain.yearsToExpiry()));
                    out.put(
                            chain.expiry(),
                            SmileFit.ofChain(chain, forward, move.atmIv()).orElse(VolatilitySmile.flat(move.atmIv())));
                }
            }
        }
        return out;
    }

    /**
     * Returns the input of an analysed underlying: its symbol, day and expected moves, and as spot the first spot among
     * the chains not yet expired (by expiry); else, for an analysis from the chains alone, its reference (the nearest
     * forward discounted to today); else the forward of the nearest chain that has one (on an expiry day the
     * expiring chain may have neither); else the analysis' reference price.
     */
    public static ConstructionInput of(UnderlyingAnalysis analysis, List<OptionChain> chains) {
        Checks.notNull(analysis, "analysis");
        List<OptionChain> live = Checks.notNull(chains, "chains").stream()
                .filter(c -> !c.expiry().isBefore(analysis.asOf()))
                .sorted(Comparator.comparing(OptionChain::expiry))
                .toList();
        double spot = live.stream()
                .filter(c -> c.spot().isPresent())
                .map(c -> c.spot().getAsDouble())
                .findFirst()
                .or(() -> analysis.chainsOnly() ? Optional.of(analysis.levels().reference()) : Optional.empty())
                .or(() -> live.stream()
                        .flatMap(c -> c.forward().stream())
                        .map(ForwardPrice::price)
                        .findFirst())
                .orElse(analysis.levels().reference());
        return new ConstructionInput(analysis.symbol(), analysis.asOf(), spot, chains, analysis.expectedMoves());
    }

    /** Returns the expected move to {@code expiry}, or empty when the analysis has none for it. */
    public Optional<ExpiryMove> move(LocalDate expiry) {
        for (ExpiryMove move : expectedMoves) {
            if (move.expiry().equals(expiry)) {
                return Optional.of(move);
            }
        }
        return Optional.empty();
    }
}
