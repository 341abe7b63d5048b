package io.optionsv4.engine.pipeline;

import io.optionsv4.core.costs.Brokerage;
import io.optionsv4.core.costs.Slippage;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The broker-dependent parts of the trade economics (issue 12), set in the {@code costs} section of the settings: the
 * brokerage per executed order and the slippage per leg. The statutory charges (STT, exchange, SEBI, stamp duty, IPFT,
 * GST) are not settings but effective-dated data ({@code core.costs.CostSchedule}).
 *
 * @param brokeragePerOrderRupees the flat fee per executed order, or the cap of a percentage fee, rupees, {@code >= 0}
 *     with at most two decimals (paise); Dhan charges 20
 * @param brokeragePercentOfTurnover the percentage of the order's premium turnover charged (0.03 = 0.03 %), capped at
 *     {@code brokeragePerOrderRupees}; 0 for a flat fee; in [0, 5]
 * @param slippageTicksPerLeg the ticks (₹0.05) a buy pays above the ask and a sell gives up below the bid, per leg, on
 *     top of the spread; in [0, 100]
 */
public record CostSettings(double brokeragePerOrderRupees, double brokeragePercentOfTurnover, int slippageTicksPerLeg) {

    /** Dhan's ₹20 flat per executed order, no slippage beyond the bid or ask: the embedded defaults. */
    public static final CostSettings DHAN = new CostSettings(20, 0, 0);

    /** The largest percentage of turnover accepted (a typo guard: brokers charge 0.01-0.05 %). */
    public static final double MAX_PERCENT_OF_TURNOVER = 5;

    /** The most slippage ticks per leg accepted (₹5 a unit). */
    public static final int MAX_SLIPPAGE_TICKS = 100;

    /** Validates the settings; each message names the setting and the bad value. */
    public CostSettings {
        Checks.argument(
                Double.isFinite(brokeragePerOrderRupees) && brokeragePerOrderRupees >= 0,
                "brokeragePerOrderRupees must be an amount in rupees >= 0 but was " + brokeragePerOrderRupees);
        Checks.argument(
                BigDecimal.valueOf(brokeragePerOrderRupees).stripTrailingZeros().scale() <= 2,
                "brokeragePerOrderRupees must be whole paise (at most two decimals) but was "
                        + brokeragePerOrderRupees);
        Checks.argument(
                Double.isFinite(brokeragePercentOfTurnover)
                        && brokeragePercentOfTurnover >= 0
                        && brokeragePercentOfTurnover <= MAX_PERCENT_OF_TURNOVER,
                "brokeragePercentOfTurnover must be a percentage in [0, " + MAX_PERCENT_OF_TURNOVER
                        + "] (0.03 = 0.03 %) but was " + brokeragePercentOfTurnover);
        Checks.argument(
                brokeragePercentOfTurnover == 0 || brokeragePerOrderRupees > 0,
                "brokeragePerOrderRupees is the cap of a percentage fee and must be > 0 with"
                        + " brokeragePercentOfTurnover " + brokeragePercentOfTurnover);
        Checks.argument(
                slippageTicksPerLeg >= 0 && slippageTicksPerLeg <= MAX_SLIPPAGE_TICKS,
                "slippageTicksPerLeg must be a whole number of ticks in [0, " + MAX_SLIPPAGE_TICKS + "] but was "
                        + slippageTicksPerLeg);
    }

    /** Returns the brokerage: a flat fee, or the percentage of turnover capped at the per-order amount. */
    public Brokerage brokerage() {
        // whole paise by the constructor's check, so the rounding never moves the amount
        Money perOrder = Money.ofRupees(brokeragePerOrderRupees, RoundingMode.HALF_UP);
        if (brokeragePercentOfTurnover == 0) {
            return Brokerage.flat(perOrder);
        }
        return Brokerage.percentWithCap(
                Rate.ofPercent(BigDecimal.valueOf(brokeragePercentOfTurnover).toPlainString()), perOrder);
    }

    /** Returns the slippage per leg at NSE's option tick. */
    public Slippage slippage() {
        return Slippage.ofTicks(slippageTicksPerLeg);
    }
}
