package io.optionsv4.engine.paper;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.money.Money;
import java.math.RoundingMode;

/**
 * The fixed rules of a paper account, shared by every step of its {@link PaperBroker}: the market data orders fill
 * against, the settings, the market hours, the day's charges, the margin model and the price tick in paise.
 * Immutable.
 *
 * @param marketData the market orders fill against
 * @param settings the account, models and rules
 * @param hours the market hours of {@code settings}
 * @param dayCharges the charges of {@code settings}' cost model
 * @param margins the margin model of {@code settings}
 * @param tickPaise the price tick in paise, at least 1
 */
record PaperRules(
        MarketData marketData,
        PaperSettings settings,
        MarketHours hours,
        DayCharges dayCharges,
        AccountMargin margins,
        long tickPaise) {

    /** Returns the rules of {@code settings}. */
    static PaperRules of(MarketData marketData, PaperSettings settings) {
        return new PaperRules(
                marketData,
                settings,
                new MarketHours(settings.tradingDays(), settings.ignoreMarketHours()),
                new DayCharges(settings.costs()),
                new AccountMargin(settings.margins()),
                Math.max(
                        1,
                        Money.ofRupees(settings.prices().slippage().tick(), RoundingMode.HALF_UP)
                                .paise()));
    }

    /** Returns {@code rupees} on the tick: rounded up for a buy, down for a sell. */
    Money onTick(double rupees, Side side) {
        long paise = Money.ofRupees(rupees, side == Side.BUY ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .paise();
        long ticks = side == Side.BUY ? Math.ceilDiv(paise, tickPaise) : Math.floorDiv(paise, tickPaise);
        return Money.ofPaise(ticks * tickPaise);
    }
}
