package io.optionsv4.core.exit;

import io.optionsv4.core.instrument.Side;
import java.util.List;

/**
 * Closes everything when a short leg of a physically settled (stock) option is in the money close to expiry: left to
 * expire, it would be settled by delivery of the shares.
 */
public final class ExpiryRiskCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        if (position.tradingDaysToExpiry() > rules.expiryRiskTradingDays()) {
            return List.of();
        }
        for (LegState leg : position.legs()) {
            if (leg.side() == Side.SELL && leg.physicallySettled() && leg.inTheMoney(position.underlyingPrice())) {
                return List.of(ExitAction.closeAll(
                        Urgency.HIGH,
                        "EXPIRY_RISK",
                        "expiry risk: short " + leg.description() + " is in the money at " + position.underlyingPrice()
                                + " with " + position.tradingDaysToExpiry()
                                + " trading day(s) to expiry; stock options settle by delivery"));
            }
        }
        return List.of();
    }
}
