package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The performance figures of a group of traded strategies (all of them, one strategy type, one industry, ...).
 * Realised figures count the closed legs of every strategy; win rate, averages and profit factor count closed
 * strategies only, by their realised P&amp;L net of charges. Unrealised figures add up the priced open positions;
 * {@link #unpriced()} says how many open ones could not be valued.
 *
 * @param key what the group is (e.g. {@code Iron Condor}, {@code Banks}, {@code all})
 * @param outcomes the strategies in the group
 */
public record PerformanceGroup(String key, List<StrategyOutcome> outcomes) {

    /** Validates the components and copies the outcomes. */
    public PerformanceGroup {
        Checks.notNull(key, "key");
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
    }

    /** Returns how many strategies the group has. */
    public int strategies() {
        return outcomes.size();
    }

    /** Returns how many are closed. */
    public int closed() {
        return closedOutcomes().size();
    }

    /** Returns how many closed strategies made money net of charges. */
    public int won() {
        return (int) outcomes.stream().filter(StrategyOutcome::won).count();
    }

    /** Returns how many closed strategies did not. */
    public int lost() {
        return closed() - won();
    }

    /** Returns how many are open. */
    public int open() {
        return strategies() - closed();
    }

    /** Returns won / closed, empty when none is closed. */
    public OptionalDouble winRate() {
        return closed() == 0 ? OptionalDouble.empty() : OptionalDouble.of(won() / (double) closed());
    }

    /** Returns the realised gross P&amp;L. */
    public Money realizedGross() {
        return outcomes.stream().map(StrategyOutcome::realizedGross).reduce(Money.ZERO, Money::plus);
    }

    /** Returns the realised P&amp;L net of the charges of the closed legs. */
    public Money realizedNet() {
        return outcomes.stream().map(StrategyOutcome::realizedNet).reduce(Money.ZERO, Money::plus);
    }

    /** Returns every charge booked, open and closed legs. */
    public Money charges() {
        return outcomes.stream().map(StrategyOutcome::charges).reduce(Money.ZERO, Money::plus);
    }

    /** Returns the unrealised gross P&amp;L of the priced open strategies. */
    public Money unrealizedGross() {
        return sum(outcomes.stream().map(StrategyOutcome::unrealizedGross).toList());
    }

    /** Returns the unrealised net P&amp;L of the priced open strategies. */
    public Money unrealizedNet() {
        return sum(outcomes.stream().map(StrategyOutcome::unrealizedNet).toList());
    }

    /** Returns how many open strategies have a leg without a current price (left out of the unrealised figures). */
    public int unpriced() {
        return (int)
                outcomes.stream().filter(o -> o.unrealizedGross().isEmpty()).count();
    }

    /** Returns the mean holding days of the closed strategies, empty when none is closed. */
    public OptionalDouble averageHoldingDays() {
        return closedOutcomes().stream().mapToLong(StrategyOutcome::holdingDays).average();
    }

    /** Returns the mean days the open strategies have been held, empty when none is open. */
    public OptionalDouble averageOpenDays() {
        return outcomes.stream()
                .filter(o -> !o.closed())
                .mapToLong(StrategyOutcome::holdingDays)
                .average();
    }

    /** Returns the mean net P&amp;L of the winning closed strategies, empty when there is none. */
    public Optional<Money> averageWin() {
        return average(closedOutcomes().stream().filter(StrategyOutcome::won).toList());
    }

    /** Returns the mean net P&amp;L of the losing closed strategies (zero or below), empty when there is none. */
    public Optional<Money> averageLoss() {
        return average(closedOutcomes().stream().filter(o -> !o.won()).toList());
    }

    /** Returns the mean net P&amp;L per closed strategy, empty when none is closed. */
    public Optional<Money> expectancy() {
        return average(closedOutcomes());
    }

    /**
     * Returns the closed winners' net P&amp;L over the closed losers' net losses; empty when there is no loss to divide
     * by.
     */
    public OptionalDouble profitFactor() {
        long wins = 0;
        long losses = 0;
        for (StrategyOutcome o : closedOutcomes()) {
            long net = o.realizedNet().paise();
            if (net > 0) {
                wins += net;
            } else {
                losses -= net;
            }
        }
        return losses == 0 ? OptionalDouble.empty() : OptionalDouble.of(wins / (double) losses);
    }

    /** Returns the best closed strategy's net P&amp;L, empty when none is closed. */
    public Optional<Money> largestWin() {
        return closedOutcomes().stream().map(StrategyOutcome::realizedNet).max(Money::compareTo);
    }

    /** Returns the worst closed strategy's net P&amp;L, empty when none is closed. */
    public Optional<Money> largestLoss() {
        return closedOutcomes().stream().map(StrategyOutcome::realizedNet).min(Money::compareTo);
    }

    private List<StrategyOutcome> closedOutcomes() {
        return outcomes.stream().filter(StrategyOutcome::closed).toList();
    }

    private static Optional<Money> average(List<StrategyOutcome> group) {
        if (group.isEmpty()) {
            return Optional.empty();
        }
        long total = group.stream().mapToLong(o -> o.realizedNet().paise()).sum();
        return Optional.of(Money.ofPaise(Math.round(total / (double) group.size())));
    }

    private static Money sum(List<Optional<Money>> amounts) {
        return amounts.stream().flatMap(Optional::stream).reduce(Money.ZERO, Money::plus);
    }
}
