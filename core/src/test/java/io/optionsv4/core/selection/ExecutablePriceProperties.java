package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Figures at executable prices are never better than at the reference prices: for every constructed strategy on
 * chains with and without a book, net credit at most the mid credit (net debit at least the mid debit), max profit at
 * most and max loss at least the reference figure, PoP at most the reference PoP (credit strategies included), and
 * every leg's executable price on its side of the reference.
 */
class ExecutablePriceProperties {

    private static final double TOLERANCE = 1e-6;

    private final StrategyConstructor constructor = new StrategyConstructor(ConstructionFixtures.settings());

    @Property(tries = 60)
    void executableFiguresAreNeverBetterThanReference(
            @ForAll boolean withBook,
            @ForAll @DoubleRange(min = 0.0, max = 0.3) double bookFraction,
            @ForAll @DoubleRange(min = 0.08, max = 0.6) double iv) {
        ConstructionFixtures.ChainBuilder near = ConstructionFixtures.chain(27).iv(iv);
        ConstructionFixtures.ChainBuilder far = ConstructionFixtures.chain(55).iv(iv);
        if (withBook) {
            near.book(bookFraction);
            far.book(bookFraction);
        }
        OptionChain nearChain = near.build();
        ConstructionInput input = ConstructionFixtures.input(nearChain, far.build());
        int credits = 0;
        for (StrategyDefinition definition : StrategyRegistry.all()) {
            if (!(constructor.construct(definition, input) instanceof ConstructionResult.Built built)) {
                continue;
            }
            Candidate c = built.candidate();
            ReferenceFigures reference = c.reference();
            assertThat(c.netPremium()).as(c.name()).isLessThanOrEqualTo(reference.netPremium() + TOLERANCE);
            StrategyFigures exec = c.figures();
            StrategyFigures mid = reference.figures();
            assertThat(exec.probabilityOfProfit())
                    .as(c.name() + " PoP")
                    .isLessThanOrEqualTo(mid.probabilityOfProfit() + TOLERANCE);
            assertThat(exec.expectedValue()).as(c.name() + " EV").isLessThanOrEqualTo(mid.expectedValue() + 1e-3);
            assertNotBetter(c.name(), exec.maxProfit(), mid.maxProfit(), true);
            assertNotBetter(c.name(), exec.maxLoss(), mid.maxLoss(), false);
            if (reference.netPremium() > 0) {
                credits++;
            }
            for (CandidateLeg leg : c.legs()) {
                if (leg.side() == Side.BUY) {
                    assertThat(leg.premiumPerUnit()).isGreaterThanOrEqualTo(leg.referencePerUnit());
                } else {
                    assertThat(leg.premiumPerUnit()).isLessThanOrEqualTo(leg.referencePerUnit());
                }
            }
        }
        Statistics.collect(credits > 0 ? "credit strategies built" : "no credit strategy");
        Statistics.coverage(
                coverage -> coverage.check("credit strategies built").percentage(p -> p > 50));
    }

    private static void assertNotBetter(String name, Amount exec, Amount mid, boolean profit) {
        if (exec.isUnlimited() || mid.isUnlimited()) {
            assertThat(exec.isUnlimited()).as(name + " unlimited").isEqualTo(mid.isUnlimited());
            return;
        }
        if (profit) {
            assertThat(exec.orElse(0)).as(name + " max profit").isLessThanOrEqualTo(mid.orElse(0) + 1e-3);
        } else {
            assertThat(exec.orElse(0)).as(name + " max loss").isGreaterThanOrEqualTo(mid.orElse(0) - 1e-3);
        }
    }
}
