package io.optionsv4.core.costs;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The costs of one trading day's orders and exercises, as a contract note shows them: STT and stamp duty on the day's
 * totals rounded to the rupee, the other charges summed per order to the paisa (rules on {@link CostCalculator}).
 *
 * @param tradeDate the trading day
 * @param buyPremium premium turnover of the options bought
 * @param sellPremium premium turnover of the options sold
 * @param exercisedValue intrinsic value of the long options exercised at expiry
 * @param exercisedSettlementValue full settlement value (settlement price × quantity) of the same options, the exercise
 *     STT's base before 2019-09-01
 * @param executedOrders orders that paid brokerage
 * @param charges the breakdown
 */
public record ContractNote(
        LocalDate tradeDate,
        Money buyPremium,
        Money sellPremium,
        Money exercisedValue,
        Money exercisedSettlementValue,
        int executedOrders,
        Charges charges) {

    /** Validates the components. */
    public ContractNote {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(buyPremium, "buyPremium");
        Checks.notNull(sellPremium, "sellPremium");
        Checks.notNull(exercisedValue, "exercisedValue");
        Checks.notNull(exercisedSettlementValue, "exercisedSettlementValue");
        if (executedOrders < 0) {
            throw new IllegalArgumentException("executedOrders must be >= 0 but was " + executedOrders);
        }
        Checks.notNull(charges, "charges");
    }

    /** Returns the total of all charges on the note. */
    public Money total() {
        return charges.total();
    }
}
