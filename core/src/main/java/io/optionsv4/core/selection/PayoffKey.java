package io.optionsv4.core.selection;

import io.optionsv4.core.probability.PayoffProfile;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The expiry payoff of a candidate without its premium, as text: two candidates of one symbol with equal keys pay the
 * same at expiry for every price of the underlying (a call butterfly and a put butterfly on the same strikes, a bull
 * call spread and a bull put spread) and differ only in what they cost, so {@link StrategySelector} keeps the better
 * ranked one. The key lists the expiry, the payoff at every strike rounded to the rupee and the slopes beyond the
 * lowest and highest strikes; calendars and diagonals (two expiries) are keyed by their legs instead.
 */
final class PayoffKey {

    private PayoffKey() {}

    /** Returns the key of {@code candidate}. */
    static String of(Candidate candidate) {
        if (candidate.farExpiry().isPresent()) {
            return "legs:" + StrategySelector.legsKey(candidate);
        }
        PayoffProfile payoff = candidate.strategy().payoff();
        StringJoiner key = new StringJoiner("|", candidate.nearExpiry() + "|", "");
        for (double strike : payoff.strikes()) {
            double withoutPremium = payoff.valueAt(strike) - candidate.netPremium();
            key.add(String.format(Locale.ROOT, "%.2f:%d", strike, Math.round(withoutPremium)));
        }
        key.add(String.format(
                Locale.ROOT, "%.4f/%.4f", payoff.slopeBelowLowestStrike(), payoff.slopeAboveHighestStrike()));
        return key.toString();
    }
}
