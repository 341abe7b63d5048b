package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.VolatilitySmile;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.StrategyDefinition;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the expiries {@link StrategyConstructor} builds a strategy on: the near expiries to try, in {@link
 * ExpiryOrder}'s order from the strategy category's DTE window, and for calendars and diagonals the far expiry after a
 * near one, the chain in {@link ConstructionSettings#farDteWindow()} nearest its target (the earlier on a tie). Each
 * choice is an {@link ExpiryMarket} or the rejection saying what was missing: no chain, every chain expired, no expiry
 * in the window, a chain without strikes, lot size or expected move, a far chain not later than the near one or with
 * another lot size. Immutable and thread-safe.
 */
final class ExpirySelector {

    private final ConstructionSettings settings;

    ExpirySelector(ConstructionSettings settings) {
        this.settings = Checks.notNull(settings, "settings");
    }

    /**
     * Returns the near expiries to try in {@link ExpiryOrder}'s order, each usable or with why not; a single rejection
     * when no chain is usable at all.
     *
     * @param where the strategy and the symbol, in words, for the rejections' details
     */
    List<Choice> near(StrategyDefinition definition, ConstructionInput input, String where) {
        if (input.chains().isEmpty()) {
            return List.of(Choice.rejected(definition, RejectionReason.DATA_MISSING, where + ": no option chain"));
        }
        List<OptionChain> live = input.chains().stream()
                .filter(c -> !c.expiry().isBefore(input.asOf()))
                .toList();
        if (live.isEmpty()) {
            return List.of(Choice.rejected(
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
            return List.of(Choice.rejected(
                    definition,
                    RejectionReason.NO_EXPIRY_IN_WINDOW,
                    where + ": no expiry in the " + definition.metadata().category() + " window " + window.describe()
                            + " days; listed: " + daysToExpiry(live, input.asOf())));
        }
        return ordered.stream().map(c -> market(definition, input, c, where)).toList();
    }

    /**
     * Returns the far expiry of a calendar or diagonal built on {@code near}, or why there is none.
     *
     * @param where the strategy and the symbol, in words, for the rejection's detail
     */
    Choice far(StrategyDefinition definition, ConstructionInput input, ExpiryMarket near, String where) {
        List<OptionChain> later = input.chains().stream()
                .filter(c -> c.expiry().isAfter(near.chain().expiry()))
                .toList();
        ConstructionSettings.DteWindow window = settings.farDteWindow();
        Optional<OptionChain> chosen = pick(later, window, input.asOf());
        if (chosen.isEmpty()) {
            return Choice.rejected(
                    definition,
                    RejectionReason.NO_EXPIRY_IN_WINDOW,
                    where + ": no far expiry after " + near.chain().expiry() + " in the window " + window.describe()
                            + " days; listed after it: " + daysToExpiry(later, input.asOf()));
        }
        if (chosen.get().yearsToExpiry() <= near.chain().yearsToExpiry()) {
            return Choice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    where + ": the chain of " + chosen.get().expiry() + " has "
                            + chosen.get().yearsToExpiry() + " years to expiry, not more than the near chain's "
                            + near.chain().yearsToExpiry());
        }
        Choice far = market(definition, input, chosen.get(), where);
        if (far.market().isPresent() && far.market().get().lotSize() != near.lotSize()) {
            return Choice.rejected(
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

    private static Choice market(
            StrategyDefinition definition, ConstructionInput input, OptionChain chain, String where) {
        String expiry = where + " " + chain.expiry();
        if (chain.rows().isEmpty()) {
            return Choice.rejected(definition, RejectionReason.DATA_MISSING, expiry + ": the chain has no strikes");
        }
        if (chain.lotSize().isEmpty()) {
            return Choice.rejected(
                    definition, RejectionReason.DATA_MISSING, expiry + ": the chain has no lot size (reference data)");
        }
        Optional<ExpiryMove> move = input.move(chain.expiry());
        if (move.isEmpty()) {
            return Choice.rejected(
                    definition,
                    RejectionReason.DATA_MISSING,
                    expiry + ": no expected move (no priced ATM option for this expiry)");
        }
        VolatilitySmile smile = input.smile(chain.expiry())
                .orElse(VolatilitySmile.flat(move.get().atmIv()));
        return new Choice(
                Optional.of(new ExpiryMarket(
                        chain, chain.lotSize().map(LotSize::unitsPerLot).orElseThrow(), move.get(), smile)),
                Optional.empty());
    }

    private static String daysToExpiry(List<OptionChain> chains, LocalDate asOf) {
        return chains.stream()
                .map(c -> c.expiry() + " (" + ChronoUnit.DAYS.between(asOf, c.expiry()) + ")")
                .toList()
                .toString();
    }

    /** A usable expiry or why there is none. */
    record Choice(Optional<ExpiryMarket> market, Optional<Rejection> rejection) {

        static Choice rejected(StrategyDefinition definition, RejectionReason reason, String detail) {
            return new Choice(Optional.empty(), Optional.of(new Rejection(definition.name(), reason, detail)));
        }
    }
}
