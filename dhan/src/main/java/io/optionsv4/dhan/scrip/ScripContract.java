package io.optionsv4.dhan.scrip;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One listed NSE option contract of the scrip master.
 *
 * @param securityId Dhan's id, always in {@code NSE_FNO}
 * @param underlying NSE symbol of the underlying ({@code NIFTY}, {@code RELIANCE})
 * @param expiry the expiry date (Asia/Kolkata)
 * @param strike strike price in rupees, {@code > 0}
 * @param right call or put
 * @param unitsPerLot the lot size in units, {@code > 0}
 * @param expiryKind weekly or monthly, from the file's expiry flag ({@code W}/{@code M})
 * @param tradingSymbol the exchange symbol as Dhan writes it, e.g. {@code NIFTY-Jan2026-26100-CE}
 */
public record ScripContract(
        SecurityId securityId,
        String underlying,
        LocalDate expiry,
        double strike,
        Right right,
        int unitsPerLot,
        ExpiryKind expiryKind,
        String tradingSymbol) {

    /**
     * Validates the contract.
     *
     * @throws IllegalArgumentException naming the bad component: a segment other than {@code NSE_FNO}, a strike or lot
     *     that is not positive, a missing value
     */
    public ScripContract {
        Checks.notNull(securityId, "securityId");
        Checks.argument(
                securityId.segment() == ExchangeSegment.NSE_FNO,
                "an option contract must be in NSE_FNO but was " + securityId);
        Checks.notBlank(underlying, "underlying");
        Checks.notNull(expiry, "expiry");
        Checks.positive(strike, "strike");
        Checks.notNull(right, "right");
        Checks.positive(unitsPerLot, "unitsPerLot");
        Checks.notNull(expiryKind, "expiryKind");
        Checks.notBlank(tradingSymbol, "tradingSymbol");
    }

    /** Returns the contract's lot, valid for its expiry month. */
    public LotSize lotSize() {
        return LotSize.of(unitsPerLot, YearMonth.from(expiry));
    }
}
