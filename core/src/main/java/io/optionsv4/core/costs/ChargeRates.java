package io.optionsv4.core.costs;

import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The statutory and exchange rates in force for NSE options on one trade date, each a fraction of its base.
 *
 * @param tradeDate the date the rates apply to
 * @param sttSellPremium STT on the premium of options sold
 * @param sttExercise STT on the intrinsic value of long options exercised at expiry (zero before 2019-09-01)
 * @param sttExerciseSettlement STT on the full settlement value (settlement price × quantity) of long options exercised
 *     at expiry (2008-06-01 to 2019-08-31; zero otherwise)
 * @param exchangeTransaction NSE transaction charges on premium, both sides
 * @param sebiTurnover SEBI turnover fee on premium, both sides
 * @param stampDutyBuy stamp duty on the premium of options bought
 * @param ipft NSE IPFT contribution on premium, both sides
 * @param gst GST (service tax with cesses before 2017-07-01) on brokerage + exchange transaction charges + SEBI fee +
 *     IPFT
 */
public record ChargeRates(
        LocalDate tradeDate,
        Rate sttSellPremium,
        Rate sttExercise,
        Rate sttExerciseSettlement,
        Rate exchangeTransaction,
        Rate sebiTurnover,
        Rate stampDutyBuy,
        Rate ipft,
        Rate gst) {

    /** Validates that every rate is present. */
    public ChargeRates {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(sttSellPremium, "sttSellPremium");
        Checks.notNull(sttExercise, "sttExercise");
        Checks.notNull(sttExerciseSettlement, "sttExerciseSettlement");
        Checks.notNull(exchangeTransaction, "exchangeTransaction");
        Checks.notNull(sebiTurnover, "sebiTurnover");
        Checks.notNull(stampDutyBuy, "stampDutyBuy");
        Checks.notNull(ipft, "ipft");
        Checks.notNull(gst, "gst");
    }
}
