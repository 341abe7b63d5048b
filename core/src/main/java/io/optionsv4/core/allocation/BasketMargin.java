package io.optionsv4.core.allocation;

import java.util.List;

/**
 * The port that margins a whole basket of strategies at once, so that hedges across strategies on the same underlying
 * lower the total (SPAN-like scenario margin plus exposure margin in the real model of {@code core.margin}). Every
 * holding carries its legs ({@link ExposureProfile#legs()}) and lots. Implementations are pure and thread-safe.
 */
@FunctionalInterface
public interface BasketMargin {

    /** No cross-strategy benefit: the sum of every holding's own capital ({@link Holding#capital()}). */
    BasketMargin STANDALONE = holdings -> {
        double total = 0;
        for (Holding h : holdings) {
            total += h.capital();
        }
        return total;
    };

    /**
     * Returns the total margin the basket blocks, rupees, {@code >= 0}; never more than the sum of the holdings' own
     * capital.
     *
     * @param holdings every strategy in the basket with its lots
     */
    double totalMargin(List<Holding> holdings);
}
