package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Costs only ever make a strategy worse: for every constructed strategy, net max profit at most the gross (executable)
 * max profit, net max loss at least the gross, net EV and net PoP at most the gross, and capital required above zero.
 */
class EconomicsCalculatorProperties {

    private static final double TOLERANCE = 1e-6;

    private final StrategyConstructor constructor = new StrategyConstructor(ConstructionFixtures.settings());

    @Property(tries = 30)
    void netFiguresAreNeverBetterThanGross(
            @ForAll boolean withBook,
            @ForAll @DoubleRange(min = 0.0, max = 0.3) double bookFraction,
            @ForAll @DoubleRange(min = 0.08, max = 0.6) double iv) {
        ConstructionFixtures.ChainBuilder near = ConstructionFixtures.chain(27).iv(iv);
        ConstructionFixtures.ChainBuilder far = ConstructionFixtures.chain(55).iv(iv);
        if (withBook) {
            near.book(bookFraction);
            far.book(bookFraction);
        }
        ConstructionInput input = ConstructionFixtures.input(near.build(), far.build());
        for (StrategyDefinition definition : StrategyRegistry.all()) {
            if (!(constructor.construct(definition, input) instanceof ConstructionResult.Built built)) {
                continue;
            }
            Candidate c = built.candidate();
            CandidateEconomics e = EconomicsCalculator.DEFAULT.of(c);
            StrategyFigures gross = c.figures();
            StrategyFigures net = e.net();
            assertThat(e.costs().targetRupees()).as(c.name() + " costs").isPositive();
            if (!gross.maxProfit().isUnlimited()) {
                assertThat(net.maxProfit().orElse(0))
                        .as(c.name() + " net max profit")
                        .isLessThan(gross.maxProfit().orElse(0));
            }
            if (gross.maxLoss() instanceof Amount.Finite loss) {
                assertThat(net.maxLoss().orElse(0))
                        .as(c.name() + " net max loss")
                        .isGreaterThan(loss.rupees());
            } else {
                assertThat(net.maxLoss().isUnlimited()).isTrue();
            }
            assertThat(net.expectedValue()).as(c.name() + " net EV").isLessThan(gross.expectedValue());
            assertThat(net.probabilityOfProfit())
                    .as(c.name() + " net PoP")
                    .isLessThanOrEqualTo(gross.probabilityOfProfit() + TOLERANCE);
            assertThat(e.capitalRequired().paise()).as(c.name() + " capital").isPositive();
        }
    }
}
