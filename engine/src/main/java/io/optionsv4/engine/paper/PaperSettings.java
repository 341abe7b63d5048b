package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.regex.Pattern;

/**
 * The settings of a {@link PaperBroker}. {@link #DEFAULT} is what {@code options-v4} paper-trades with; the
 * {@code withX} methods return modified copies. Immutable.
 *
 * @param account the paper account's name in the database, 1-30 characters of {@code [A-Za-z0-9_-]} (default
 *     {@code paper}); two brokers on one account share its orders and funds
 * @param openingDeposit the cash a new account starts with (default ₹10,00,000); ignored for an existing account
 * @param ignoreMarketHours true to trade outside NSE's session (paper only: the {@code --ignore-market-hours} flag)
 * @param tradingDays the trading calendar (in the application NSE's calendar from the reference data)
 * @param prices the spread model and slippage fills are priced with (default: the analysis' {@link
 *     ExecutablePrices#DEFAULT}, the calibrated spread model without slippage)
 * @param costs the cost stack each fill's charges are booked with (default Dhan's brokerage on NSE's rates)
 * @param margins the margin model of the account's portfolio (default NSE's SPAN-like parameters)
 * @param liquidity how much a snapshot without quantities at the bid and ask offers
 * @param freezeQuantities the freeze limits enforced (default none: no data ships with the project)
 */
public record PaperSettings(
        String account,
        Money openingDeposit,
        boolean ignoreMarketHours,
        TradingDays tradingDays,
        ExecutablePrices prices,
        CostCalculator costs,
        MarginCalculator margins,
        PaperLiquidity liquidity,
        FreezeQuantities freezeQuantities) {

    // Before DEFAULT: the static initialiser validates DEFAULT with it.
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    /** The default account's name. */
    public static final String DEFAULT_ACCOUNT = "paper";

    /** The cash a new account starts with: ₹10,00,000 (ten lakh), enough for a few hedged NIFTY strategies. */
    public static final Money DEFAULT_OPENING_DEPOSIT = Money.ofWholeRupees(1_000_000);

    /** The defaults: account {@code paper}, ₹10,00,000, market hours enforced on weekdays, the analysis' models. */
    public static final PaperSettings DEFAULT = new PaperSettings(
            DEFAULT_ACCOUNT,
            DEFAULT_OPENING_DEPOSIT,
            false,
            TradingDays.WEEKDAYS,
            ExecutablePrices.DEFAULT,
            CostCalculator.nseDhan(),
            MarginCalculator.NSE,
            PaperLiquidity.DEFAULT,
            FreezeQuantities.NONE);

    /** Validates the settings. */
    public PaperSettings {
        Checks.notNull(account, "account");
        Checks.argument(
                ACCOUNT.matcher(account).matches(),
                "paper account must be 1-30 characters of A-Z a-z 0-9 _ - but was '" + account + "'");
        Checks.notNull(openingDeposit, "openingDeposit");
        Checks.argument(openingDeposit.paise() > 0, "openingDeposit must be > 0 but was " + openingDeposit);
        Checks.notNull(tradingDays, "tradingDays");
        Checks.notNull(prices, "prices");
        Checks.notNull(costs, "costs");
        Checks.notNull(margins, "margins");
        Checks.notNull(liquidity, "liquidity");
        Checks.notNull(freezeQuantities, "freezeQuantities");
    }

    /** Returns these settings for another account. */
    public PaperSettings withAccount(String name) {
        return new PaperSettings(
                name,
                openingDeposit,
                ignoreMarketHours,
                tradingDays,
                prices,
                costs,
                margins,
                liquidity,
                freezeQuantities);
    }

    /** Returns these settings with another opening deposit. */
    public PaperSettings withOpeningDeposit(Money deposit) {
        return new PaperSettings(
                account, deposit, ignoreMarketHours, tradingDays, prices, costs, margins, liquidity, freezeQuantities);
    }

    /** Returns these settings trading outside market hours ({@code true}) or only inside them. */
    public PaperSettings withIgnoreMarketHours(boolean ignore) {
        return new PaperSettings(
                account, openingDeposit, ignore, tradingDays, prices, costs, margins, liquidity, freezeQuantities);
    }

    /** Returns these settings with another trading calendar. */
    public PaperSettings withTradingDays(TradingDays days) {
        return new PaperSettings(
                account, openingDeposit, ignoreMarketHours, days, prices, costs, margins, liquidity, freezeQuantities);
    }

    /** Returns these settings pricing fills with {@code executablePrices} (e.g. with slippage). */
    public PaperSettings withPrices(ExecutablePrices executablePrices) {
        return new PaperSettings(
                account,
                openingDeposit,
                ignoreMarketHours,
                tradingDays,
                executablePrices,
                costs,
                margins,
                liquidity,
                freezeQuantities);
    }

    /** Returns these settings booking charges with {@code calculator}. */
    public PaperSettings withCosts(CostCalculator calculator) {
        return new PaperSettings(
                account,
                openingDeposit,
                ignoreMarketHours,
                tradingDays,
                prices,
                calculator,
                margins,
                liquidity,
                freezeQuantities);
    }

    /** Returns these settings margining with {@code calculator}. */
    public PaperSettings withMargins(MarginCalculator calculator) {
        return new PaperSettings(
                account,
                openingDeposit,
                ignoreMarketHours,
                tradingDays,
                prices,
                costs,
                calculator,
                liquidity,
                freezeQuantities);
    }

    /** Returns these settings with another liquidity for snapshots without quantities. */
    public PaperSettings withLiquidity(PaperLiquidity offered) {
        return new PaperSettings(
                account,
                openingDeposit,
                ignoreMarketHours,
                tradingDays,
                prices,
                costs,
                margins,
                offered,
                freezeQuantities);
    }

    /** Returns these settings enforcing {@code limits}. */
    public PaperSettings withFreezeQuantities(FreezeQuantities limits) {
        return new PaperSettings(
                account, openingDeposit, ignoreMarketHours, tradingDays, prices, costs, margins, liquidity, limits);
    }
}
