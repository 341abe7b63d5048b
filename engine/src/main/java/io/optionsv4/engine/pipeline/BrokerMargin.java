package io.optionsv4.engine.pipeline;

import io.optionsv4.core.margin.MarginOrder;
import io.optionsv4.core.margin.MarginSource;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import io.optionsv4.core.selection.CandidateLeg;
import io.optionsv4.core.selection.RankedCandidate;
import java.util.List;
import java.util.Optional;

/**
 * Asks a broker's margin calculator ({@link MarginSource}) for the capital of a kept strategy, where one is configured;
 * the local model's figure stays beside it in the economics' {@code margin}. A broker failure keeps the local figure.
 * Thread-safe when the source is.
 */
final class BrokerMargin {

    /** No broker: every strategy keeps the local margin. */
    static final BrokerMargin NONE = new BrokerMargin(Optional.empty());

    private final Optional<MarginSource> source;

    BrokerMargin(Optional<MarginSource> source) {
        this.source = Checks.notNull(source, "source");
    }

    /** Returns {@code ranked} with the broker's capital when a broker is configured and answers, else unchanged. */
    RankedCandidate withBrokerCapital(RankedCandidate ranked) {
        Candidate c = ranked.candidate();
        if (source.isEmpty() || c.economics().isEmpty() || c.underlyingUnits() > 0) {
            return ranked;
        }
        List<MarginOrder> orders =
                c.legs().stream().map(l -> order(l, c.lotSize())).toList();
        Money broker;
        try {
            broker = source.get().margin(c.symbol(), c.asOf(), orders);
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e; // the broker refuses the credentials: no figure of the run can come from it
            }
            return ranked;
        }
        Candidate priced = c.withEconomics(
                c.economics().get().withCapital(broker, source.get().name()));
        return new RankedCandidate(priced, ranked.componentScores(), ranked.totalScore(), ranked.conviction());
    }

    private static MarginOrder order(CandidateLeg leg, int lotSize) {
        return new MarginOrder(
                leg.right(), leg.strike(), leg.expiry(), leg.side(), leg.lots() * lotSize, leg.premiumPerUnit());
    }
}
