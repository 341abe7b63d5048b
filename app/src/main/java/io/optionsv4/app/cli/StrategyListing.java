package io.optionsv4.app.cli;

import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.io.PrintWriter;

/** The registry as a table, for {@code options-v4 payoff --list-strategies}. */
final class StrategyListing {

    private StrategyListing() {}

    /** Prints one line per registered strategy: its name for {@code --strategy}, strikes, premiums and legs. */
    static void print(PrintWriter out) {
        out.printf("%-28s %-7s %-8s %s%n", "--strategy", "strikes", "premiums", "legs");
        for (StrategyDefinition definition : StrategyRegistry.all()) {
            out.printf(
                    "%-28s %-7d %-8d %s%n",
                    definition.slug(), definition.strikeCount(), definition.premiumCount(), definition.describe());
        }
    }
}
