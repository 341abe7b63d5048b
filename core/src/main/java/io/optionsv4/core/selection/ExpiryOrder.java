package io.optionsv4.core.selection;

import io.optionsv4.core.market.OptionChain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which {@link StrategyConstructor} tries a strategy's listed expiries: first those inside the family's
 * DTE window, nearest the window's target first (the earlier on a tie); then, as a fallback when none of them can be
 * built (no liquid strikes, a time exit within the minimum holding period), the later listed expiries beyond the
 * window, nearest first, up to {@code fallbackMaxDays}. A weekly that is too short or illiquid thus gives way to the
 * next listed expiry, which for stocks and for most index months is the monthly. Expiries below the window's minimum
 * are never tried.
 */
final class ExpiryOrder {

    private ExpiryOrder() {}

    /** Returns the chains to try, in order. */
    static List<OptionChain> order(
            List<OptionChain> chains, ConstructionSettings.DteWindow window, LocalDate asOf, int fallbackMaxDays) {
        List<OptionChain> inWindow = new ArrayList<>();
        List<OptionChain> beyond = new ArrayList<>();
        for (OptionChain chain : chains) {
            long days = ChronoUnit.DAYS.between(asOf, chain.expiry());
            if (window.contains(days)) {
                inWindow.add(chain);
            } else if (days > window.maxDays() && days <= fallbackMaxDays) {
                beyond.add(chain);
            }
        }
        inWindow.sort(Comparator.comparingLong((OptionChain c) -> gap(c, window, asOf))
                .thenComparing(OptionChain::expiry));
        beyond.sort(Comparator.comparing(OptionChain::expiry));
        List<OptionChain> result = new ArrayList<>(inWindow);
        result.addAll(beyond);
        return result;
    }

    private static long gap(OptionChain chain, ConstructionSettings.DteWindow window, LocalDate asOf) {
        return Math.abs(ChronoUnit.DAYS.between(asOf, chain.expiry()) - window.targetDays());
    }
}
