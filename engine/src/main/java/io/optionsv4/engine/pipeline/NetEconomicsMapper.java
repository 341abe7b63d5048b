package io.optionsv4.engine.pipeline;

import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.CandidateEconomics;
import io.optionsv4.core.selection.NetEconomics;
import java.math.RoundingMode;
import java.util.Optional;

/** Turns a kept strategy's economics and plan figures into what the analysis store keeps, to the paisa. */
final class NetEconomicsMapper {

    private NetEconomicsMapper() {}

    /** Returns the stored economics of {@code e}, with the plan's expected P&amp;L (net of costs) as net EV. */
    static NetEconomics stored(CandidateEconomics e, PlanProbabilities plan) {
        return new NetEconomics(
                paise(e.net().maxProfit()),
                paise(e.net().maxLoss()),
                money(e.net().expectedValue()),
                money(plan.expectedPnl()),
                e.net().probabilityOfProfit(),
                e.costs().atTarget().cheaper().total(),
                e.capitalRequired());
    }

    private static Optional<Money> paise(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> Optional.of(money(f.rupees()));
            case Amount.Unlimited u -> Optional.empty();
        };
    }

    private static Money money(double rupees) {
        return Money.ofRupees(rupees, RoundingMode.HALF_UP);
    }
}
