package io.optionsv4.core.exit;

import io.optionsv4.core.exit.ExitPlan.TimeExit;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Candidate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Places a plan's time exit on the trading calendar: the last trading day on or before the rule's days to the (near)
 * expiry, and checks that it leaves the minimum holding period after entry. A rule of 0 DTE exits on the expiry day's
 * morning. When the rule's exit falls within the minimum holding period the expiry is unfit
 * ({@link #violation(Candidate, int)}); the constructor then tries the next listed expiry. Should such a candidate
 * still reach the planner, its time exit moves to the expiry day (marked {@code clamped}). Thread-safe.
 */
final class TimeExitPlanner {

    private final TradingDays days;
    private final int minimumHoldingDays;

    TimeExitPlanner(TradingDays days, int minimumHoldingDays) {
        this.days = Checks.notNull(days, "days");
        this.minimumHoldingDays = minimumHoldingDays;
    }

    /** Returns the trading day the rule of {@code dte} days to expiry exits {@code candidate}. */
    LocalDate ruleDate(Candidate candidate, int dte) {
        LocalDate nominal = candidate.nearExpiry().minusDays(dte);
        return days.onOrBefore(nominal.isBefore(candidate.asOf()) ? candidate.asOf() : nominal);
    }

    /** Returns why a rule of {@code dte} cannot hold {@code candidate} long enough, or empty. */
    Optional<String> violation(Candidate candidate, int dte) {
        LocalDate exit = ruleDate(candidate, dte);
        int held = days.between(candidate.asOf(), exit);
        if (held >= minimumHoldingDays) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "the %d-DTE time exit (%s) leaves %d trading days after entry, fewer than the minimum holding"
                        + " period of %d",
                dte,
                exit,
                held,
                minimumHoldingDays));
    }

    /** Returns the time exit of {@code candidate} under a rule of {@code dte} days to expiry. */
    TimeExit timeExit(Candidate candidate, int dte) {
        LocalDate expiry = candidate.nearExpiry();
        if (violation(candidate, dte).isPresent()) {
            LocalDate day = days.onOrBefore(expiry);
            return new TimeExit(
                    (int) (expiry.toEpochDay() - day.toEpochDay()),
                    day,
                    true,
                    String.format(
                            Locale.ROOT,
                            "the %d-DTE exit would fall within the %d-trading-day minimum holding period: close on"
                                    + " %s, the expiry day's morning, at the latest",
                            dte,
                            minimumHoldingDays,
                            day));
        }
        LocalDate date = ruleDate(candidate, dte);
        int actualDte = (int) (expiry.toEpochDay() - date.toEpochDay());
        return new TimeExit(
                actualDte,
                date,
                false,
                String.format(
                        Locale.ROOT,
                        "close at %d days to expiry (%s, the last trading day on or before %d DTE; %d trading days"
                                + " held; expiry %s)",
                        actualDte,
                        date,
                        dte,
                        days.between(candidate.asOf(), date),
                        expiry));
    }
}
