package io.optionsv4.core.selection;

import io.optionsv4.core.costs.StrategyCosts;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * A candidate's trade economics: its round-trip costs, its figures net of them and the capital it ties up.
 *
 * <p>Net figures assume the exit of {@link StrategyCosts}: held to the (first) expiry and closed (or settled, whichever
 * is cheaper) where the position makes its most. Net max profit and net expected value subtract that round trip; net
 * max loss adds the round trip where the position makes its least; net breakevens and net PoP are those of the P&amp;L
 * less the round trip at the target.
 *
 * @param costs the round trips at the target and at the loss spot, with their contract notes
 * @param net the figures at executable prices after costs, rupees for the whole position
 * @param margin the local NSE-like margin of the basket at executable prices
 * @param capitalRequired the capital the position ties up: the local margin's, or the broker's when it was asked
 * @param capitalSource where {@code capitalRequired} comes from, e.g. {@code "local"} or {@code "dhan"}
 */
public record CandidateEconomics(
        StrategyCosts costs,
        StrategyFigures net,
        MarginRequirement margin,
        Money capitalRequired,
        String capitalSource) {

    /** The source name of the local margin model. */
    public static final String LOCAL = "local";

    /** Validates the components. */
    public CandidateEconomics {
        Checks.notNull(costs, "costs");
        Checks.notNull(net, "net");
        Checks.notNull(margin, "margin");
        Checks.notNull(capitalRequired, "capitalRequired");
        Checks.notBlank(capitalSource, "capitalSource");
    }

    /** Returns a copy whose capital required is {@code capital} from {@code source} (a broker's margin). */
    public CandidateEconomics withCapital(Money capital, String source) {
        return new CandidateEconomics(costs, net, margin, capital, source);
    }

    /** Returns net max profit over capital required; empty when unlimited or no capital is required. */
    public Optional<Double> returnOnMaxProfit() {
        return switch (net.maxProfit()) {
            case Amount.Finite f -> over(f.rupees());
            case Amount.Unlimited u -> Optional.empty();
        };
    }

    /** Returns net expected value over capital required; empty when no capital is required. */
    public Optional<Double> returnOnExpectedValue() {
        return over(net.expectedValue());
    }

    private Optional<Double> over(double rupees) {
        double capital = capitalRequired.rupees();
        return capital > 0 ? Optional.of(rupees / capital) : Optional.empty();
    }
}
