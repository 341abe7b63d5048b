package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.ConstructionFixtures.LOT;
import static io.optionsv4.core.selection.ConstructionFixtures.MIN_OI_LOTS;
import static io.optionsv4.core.selection.ConstructionFixtures.MIN_VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class StrategyConstructorProperties {

    private static final int STRIKES = 31;
    private static final double FIRST = 700;
    private static final double STEP = 20;

    private final StrategyConstructor constructor = new StrategyConstructor(ConstructionFixtures.settings());

    /**
     * On chains where each option is randomly liquid, untraded, thin, of low open interest, unpriced, without a price
     * or with a wide book, every built strategy uses only listed contracts that pass the liquidity filter, on strikes
     * satisfying its rule; nothing throws.
     */
    @Property(tries = 200)
    void builtCandidatesUseOnlyListedLiquidStrikes(
            @ForAll @Size(2 * STRIKES) List<@IntRange(min = 0, max = 11) Integer> states,
            @ForAll boolean withBook,
            @ForAll @DoubleRange(min = 0.05, max = 0.8) double iv) {
        ConstructionFixtures.ChainBuilder near = ConstructionFixtures.chain(27).iv(iv);
        ConstructionFixtures.ChainBuilder far = ConstructionFixtures.chain(55).iv(iv);
        if (withBook) {
            near.book(0.04);
            far.book(0.04);
        }
        for (int i = 0; i < STRIKES; i++) {
            double strike = FIRST + i * STEP;
            near.change(strike, Right.CALL, spoil(states.get(2 * i)));
            near.change(strike, Right.PUT, spoil(states.get(2 * i + 1)));
            far.change(strike, Right.CALL, spoil(states.get(2 * STRIKES - 1 - 2 * i)));
            far.change(strike, Right.PUT, spoil(states.get(2 * STRIKES - 2 - 2 * i)));
        }
        OptionChain nearChain = near.build();
        OptionChain farChain = far.build();
        ConstructionInput input = ConstructionFixtures.input(nearChain, farChain);

        int builtCount = 0;
        for (StrategyDefinition definition : StrategyRegistry.all()) {
            if (constructor.construct(definition, input) instanceof ConstructionResult.Built built) {
                builtCount++;
                List<Double> strikes = new ArrayList<>();
                for (CandidateLeg leg : built.candidate().legs()) {
                    OptionChain chain = leg.expiry().equals(nearChain.expiry()) ? nearChain : farChain;
                    OptionQuote quote = chain.quote(leg.strike(), leg.right()).orElseThrow();
                    assertThat(liquid(quote)).as(definition.name() + " " + leg).isTrue();
                    if (!strikes.contains(leg.strike())) {
                        strikes.add(leg.strike());
                    }
                }
                strikes.sort(Double::compare);
                definition.strikeRule().check(definition.name(), strikes);
                assertThat(strikes).hasSize(definition.strikeCount());
            }
        }
        Statistics.collect(builtCount > 0 ? "some built" : "none built");
        Statistics.coverage(coverage -> coverage.check("some built").percentage(p -> p > 50));
    }

    private static boolean liquid(OptionQuote quote) {
        boolean book = quote.bidAsk()
                .map(b -> b.ask() > 0 && (b.ask() - b.bid()) / b.mid() <= 0.15)
                .orElse(quote.close() > 0 || quote.last() > 0);
        return quote.volume() >= MIN_VOLUME
                && quote.openInterest() >= MIN_OI_LOTS * LOT
                && quote.valuation() instanceof Valuation.Priced
                && book;
    }

    private static UnaryOperator<OptionQuote> spoil(int state) {
        return switch (state) {
            case 5 -> q -> ConstructionFixtures.withActivity(q, 0, q.openInterest());
            case 6 -> q -> ConstructionFixtures.withActivity(q, MIN_VOLUME - 1, q.openInterest());
            case 7 -> q -> ConstructionFixtures.withActivity(q, q.volume(), MIN_OI_LOTS * LOT - 1);
            case 8 -> ConstructionFixtures::unpriced;
            case 9 -> q -> ConstructionFixtures.withPrices(q, 0, 0, q.bidAsk().map(b -> new BidAsk(0, 0)));
            case 10 -> q -> ConstructionFixtures.withPrices(q, q.last(), q.close(), Optional.of(new BidAsk(1, 2)));
            default -> q -> q;
        };
    }
}
