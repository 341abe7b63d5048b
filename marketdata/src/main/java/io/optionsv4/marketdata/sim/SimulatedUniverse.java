package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.reference.ReferenceDataException;
import io.optionsv4.marketdata.reference.StrikeStep;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which underlyings the simulated market lists on a session, with their lots and strike steps, from the reference data.
 *
 * <p>The reference lot tables cover only some contract months (Jan-Mar and Jul-Sep 2020, Jan-Mar and Aug-Oct 2026). On
 * a session whose near month is covered the universe is {@link ReferenceData#fnoUniverse(LocalDate)}; otherwise it is
 * the universe of the first month of the block of covered months holding the covered month nearest to the near month
 * (the earlier one on a tie; a block's later months lose symbols whose lot the tables could not derive), and a
 * contract's lot is its own month's lot where known, else the lot of the covered month nearest to it.
 *
 * <p>The strike step is the reference step observed on or before the session, else its latest observation; when that
 * step is implausible for the simulated price (outside {@value #MIN_STEP_SHARE}–{@value #MAX_STEP_SHARE} of the spot)
 * the nearest NSE-style step to 1.25 % of the spot is used instead. Immutable and thread-safe.
 */
final class SimulatedUniverse {

    static final double MIN_STEP_SHARE = 0.001;
    static final double MAX_STEP_SHARE = 0.05;
    private static final double[] STEP_LADDER = {0.5, 1, 2.5, 5, 10, 20, 50, 100, 250, 500, 1000};
    private static final YearMonth FIRST_PROBE = YearMonth.of(2000, 1);
    private static final YearMonth LAST_PROBE = YearMonth.of(2040, 12);

    private final ReferenceData reference;
    private final List<YearMonth> coveredMonths;

    SimulatedUniverse(ReferenceData reference) {
        this.reference = reference;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST_PROBE; !m.isAfter(LAST_PROBE); m = m.plusMonths(1)) {
            if (lot(SymbolProfiles.NIFTY, m).isPresent()) {
                months.add(m);
            }
        }
        this.coveredMonths = List.copyOf(months);
    }

    /** Returns the underlyings listed on {@code session}, sorted by symbol. */
    List<Underlying> on(LocalDate session) {
        List<Underlying> direct = reference.fnoUniverse(session);
        if (!direct.isEmpty()) {
            return direct;
        }
        YearMonth month = nearestCovered(YearMonth.from(session));
        while (coveredMonths.contains(month.minusMonths(1))) {
            month = month.minusMonths(1);
        }
        return reference.fnoUniverse(month.atDay(1));
    }

    /** Returns the lot of {@code symbol}'s contracts of {@code contractMonth}. */
    LotSize lot(String symbol, YearMonth contractMonth, YearMonth nearMonth) {
        return lot(symbol, contractMonth)
                .or(() -> coveredMonths.stream()
                        .sorted(Comparator.comparingLong(m -> distance(m, nearMonth)))
                        .map(m -> lot(symbol, m))
                        .flatMap(Optional::stream)
                        .findFirst())
                .map(l -> l.appliesTo(contractMonth) ? l : LotSize.of(l.unitsPerLot(), contractMonth))
                .orElseThrow(() -> new ReferenceDataException("no lot size known for " + symbol + " in any month"));
    }

    /** Returns the strike step of {@code symbol} on {@code session} for an underlying at {@code spot}. */
    double strikeStep(String symbol, LocalDate session, double spot) {
        Optional<StrikeStep> step = step(symbol, session).or(() -> step(symbol, LocalDate.of(2100, 1, 1)));
        if (step.isPresent()) {
            double share = step.get().step() / spot;
            if (share >= MIN_STEP_SHARE && share <= MAX_STEP_SHARE) {
                return step.get().step();
            }
        }
        double target = 0.0125 * spot;
        double best = STEP_LADDER[0];
        for (double candidate : STEP_LADDER) {
            if (Math.abs(Math.log(candidate / target)) < Math.abs(Math.log(best / target))) {
                best = candidate;
            }
        }
        return best;
    }

    private Optional<StrikeStep> step(String symbol, LocalDate date) {
        try {
            return Optional.of(reference.strikeStep(symbol, date));
        } catch (ReferenceDataException e) {
            return Optional.empty();
        }
    }

    private Optional<LotSize> lot(String symbol, YearMonth month) {
        try {
            return Optional.of(reference.lotSizeForContract(symbol, month));
        } catch (ReferenceDataException e) {
            return Optional.empty();
        }
    }

    private YearMonth nearestCovered(YearMonth month) {
        return coveredMonths.stream()
                .min(Comparator.comparingLong((YearMonth m) -> distance(m, month))
                        .thenComparing(m -> m))
                .orElseThrow(() -> new ReferenceDataException("the reference data has no lot table"));
    }

    private static long distance(YearMonth a, YearMonth b) {
        return Math.abs(a.getYear() * 12L + a.getMonthValue() - (b.getYear() * 12L + b.getMonthValue()));
    }
}
