package io.optionsv4.core.selection;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * What the analysis store keeps of a strategy's trade economics (issue 12), exact to the paisa: the figures net of
 * the round-trip costs, the costs and the capital required.
 *
 * @param netMaxProfit max profit after the round trip at the target; empty when unlimited
 * @param netMaxLoss max loss after the round trip at the loss spot (positive); empty when unlimited
 * @param netExpectedValue expected P&amp;L held to the (first) expiry after the round trip at the target
 * @param netExpectedValueUnderPlan expected P&amp;L under the exit plan, net of the cost stack
 * @param netProbabilityOfProfit P(P&amp;L after costs &gt; 0) at the (first) expiry, in [0, 1]
 * @param costsTotal the round trip at the target (entry plus exit or settlement)
 * @param capitalRequired the capital the position ties up
 */
public record NetEconomics(
        Optional<Money> netMaxProfit,
        Optional<Money> netMaxLoss,
        Money netExpectedValue,
        Money netExpectedValueUnderPlan,
        double netProbabilityOfProfit,
        Money costsTotal,
        Money capitalRequired) {

    /** Validates the components. */
    public NetEconomics {
        Checks.notNull(netMaxProfit, "netMaxProfit");
        Checks.notNull(netMaxLoss, "netMaxLoss");
        Checks.notNull(netExpectedValue, "netExpectedValue");
        Checks.notNull(netExpectedValueUnderPlan, "netExpectedValueUnderPlan");
        Checks.argument(
                netProbabilityOfProfit >= 0 && netProbabilityOfProfit <= 1,
                "netProbabilityOfProfit must be in [0, 1] but was " + netProbabilityOfProfit);
        Checks.notNull(costsTotal, "costsTotal");
        Checks.notNull(capitalRequired, "capitalRequired");
    }
}
