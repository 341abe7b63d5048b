package io.optionsv4.core.costs;

import java.util.Locale;
import java.util.Optional;

/** A statutory or exchange charge whose rate is effective-dated data in the rate table; brokerage is a setting. */
public enum ChargeComponent {
    /** Securities transaction tax on the premium of every option sold. */
    STT_SELL_PREMIUM,
    /** Securities transaction tax on the intrinsic value of a long option exercised at expiry (from 2019-09-01). */
    STT_EXERCISE,
    /**
     * Securities transaction tax on the full settlement value (settlement price × quantity) of a long option exercised
     * at expiry: the base of the exercise STT from 2008-06-01 to 2019-08-31; zero before and after.
     */
    STT_EXERCISE_SETTLEMENT,
    /** NSE transaction charges on the premium of every option bought or sold. */
    EXCHANGE_TRANSACTION,
    /** SEBI turnover fee on the premium of every option bought or sold. */
    SEBI_TURNOVER,
    /** Stamp duty on the premium of every option bought. */
    STAMP_DUTY_BUY,
    /** NSE Investor Protection Fund Trust contribution on the premium of every option bought or sold. */
    IPFT,
    /**
     * GST on brokerage, exchange transaction charges, SEBI fee and IPFT; before 2017-07-01 the service tax with its
     * cesses on the same base (the key stays {@code gst} so that rate files and stored figures keep their names).
     */
    GST;

    /** Returns the name used in the rate file: the enum name in lower case ({@code stt_sell_premium}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the component whose {@link #key()} is {@code key}, if any. */
    public static Optional<ChargeComponent> ofKey(String key) {
        for (ChargeComponent c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
