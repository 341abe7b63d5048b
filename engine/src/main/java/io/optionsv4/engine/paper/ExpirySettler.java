package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.paper.Settlement;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Settles a paper account's positions in expired contracts at one moment of a {@link PaperStep}: each at its
 * intrinsic value against the underlying's close on the expiry day, with the day's charges where the cost rate table
 * covers it, booked in the step's working book. A contract whose underlying close is not known yet stays open. Not
 * thread-safe.
 */
final class ExpirySettler {

    private final DayCharges dayCharges;
    private final AccountBook work;
    private final MarketView market;
    private final Instant now;

    /**
     * Returns the settler of {@code work} against {@code market} at {@code now}.
     *
     * @param dayCharges the account's charges
     * @param work the account's book, where the step books its settlements
     * @param market the market of the moment, which has the underlying's closes
     * @param now the time of the step and its settlements
     */
    ExpirySettler(DayCharges dayCharges, AccountBook work, MarketView market, Instant now) {
        this.dayCharges = dayCharges;
        this.work = work;
        this.market = market;
        this.now = now;
    }

    /**
     * Settles every position in a contract that has expired, where the source has the underlying's close. Reads only
     * the instruments held: a settled position is flat and is not looked at again.
     */
    void settleExpired() {
        work.held().forEach((instrument, t) -> {
            if (instrument instanceof OptionInstrument c && MarketHours.expired(c.expiry(), now)) {
                OptionalDouble close = market.closeOn(c.symbol(), c.expiry());
                if (close.isPresent() && close.getAsDouble() > 0) {
                    settle(c, t.net(), close.getAsDouble());
                }
            }
        });
    }

    private void settle(OptionInstrument c, int units, double underlying) {
        Right right = c.right();
        Money intrinsic = Money.ofRupees(right.intrinsic(underlying, c.strike().rupees()), RoundingMode.HALF_UP);
        Money price = Money.ofRupees(underlying, RoundingMode.HALF_UP);
        Settlement provisional = new Settlement(c, units, price, intrinsic, now, Charges.NONE);
        Charges charges = dayCharges.covers(c.expiry())
                ? dayCharges.forSettlement(provisional, work.fillsOn(c.expiry()), work.settlementsOf(c.expiry()))
                : Charges.NONE;
        work.book(new Settlement(c, units, price, intrinsic, now, charges));
    }
}
