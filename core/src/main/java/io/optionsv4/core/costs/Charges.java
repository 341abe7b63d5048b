package io.optionsv4.core.costs;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * The breakdown of the costs of an order, a contract note or a round trip; every amount is paid (positive) or zero.
 *
 * @param brokerage the broker's fee
 * @param stt securities transaction tax (sell-side premium and exercise)
 * @param exchange NSE transaction charges
 * @param sebi SEBI turnover fee
 * @param stampDuty stamp duty (buy side)
 * @param ipft NSE Investor Protection Fund Trust contribution
 * @param gst GST on brokerage, exchange charges, SEBI fee and IPFT
 */
public record Charges(Money brokerage, Money stt, Money exchange, Money sebi, Money stampDuty, Money ipft, Money gst) {

    /** No charges. */
    public static final Charges NONE =
            new Charges(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Validates that every amount is present and not negative. */
    public Charges {
        nonNegative(brokerage, "brokerage");
        nonNegative(stt, "stt");
        nonNegative(exchange, "exchange");
        nonNegative(sebi, "sebi");
        nonNegative(stampDuty, "stampDuty");
        nonNegative(ipft, "ipft");
        nonNegative(gst, "gst");
    }

    private static void nonNegative(Money amount, String name) {
        Checks.notNull(amount, name);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + amount);
        }
    }

    /** Returns the sum of every component. */
    public Money total() {
        return brokerage
                .plus(stt)
                .plus(exchange)
                .plus(sebi)
                .plus(stampDuty)
                .plus(ipft)
                .plus(gst);
    }

    /** Returns the component-wise sum of this and {@code other}. */
    public Charges plus(Charges other) {
        return new Charges(
                brokerage.plus(other.brokerage),
                stt.plus(other.stt),
                exchange.plus(other.exchange),
                sebi.plus(other.sebi),
                stampDuty.plus(other.stampDuty),
                ipft.plus(other.ipft),
                gst.plus(other.gst));
    }
}
