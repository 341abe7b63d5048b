package io.optionsv4.core.costs;

import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The effective-dated rate table of the NSE option cost stack: for each {@link ChargeComponent}, its rates by the
 * first trade date they apply to. {@link #ratesOn(LocalDate)} answers the rates in force on a date, so the 2020 replay
 * uses 2020's rates and today uses today's; a rate change is a data change in {@value #RESOURCE}. Immutable and
 * thread-safe.
 */
public final class CostSchedule {

    /** The bundled rate table, a resource beside this class. */
    public static final String RESOURCE = "nse-option-charges.csv";

    private final Map<ChargeComponent, EffectiveRate[]> byComponent = new EnumMap<>(ChargeComponent.class);
    private final List<EffectiveRate> rows;
    private final String fileName;

    private CostSchedule(String fileName, List<EffectiveRate> rows) {
        this.fileName = fileName;
        this.rows = List.copyOf(rows);
        for (ChargeComponent c : ChargeComponent.values()) {
            byComponent.put(
                    c,
                    rows.stream()
                            .filter(r -> r.component() == c)
                            .sorted(Comparator.comparing(EffectiveRate::effectiveFrom))
                            .toArray(EffectiveRate[]::new));
        }
    }

    /**
     * Returns the bundled NSE option rate table ({@value #RESOURCE}), parsed once. Reading a resource of this module is
     * the only input; a broken bundled file is a build defect and throws {@link IllegalStateException}.
     */
    public static CostSchedule nse() {
        return Bundled.NSE;
    }

    /**
     * Parses a rate table in the format of {@link RateTableParser}: header {@code component,effective_from,value,
     * unit,source}, then one rate a line.
     *
     * @param fileName the file's name, used in error messages ({@code file:line: field ...})
     * @param text the file's whole text
     * @throws IllegalArgumentException naming the file, line and field of the first bad row
     */
    public static CostSchedule parse(String fileName, String text) {
        Checks.notNull(text, "text");
        return new CostSchedule(
                fileName, RateTableParser.parse(fileName, text.lines().toList()));
    }

    /** Returns every row of the table in file order, with its source. */
    public List<EffectiveRate> rows() {
        return rows;
    }

    /**
     * Returns the rates in force on {@code tradeDate}: for each component the row with the latest effective date on or
     * before it.
     *
     * @throws IllegalArgumentException naming the date, the component and the earliest date covered when the table has
     *     no rate for a component on that date
     */
    public ChargeRates ratesOn(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return new ChargeRates(
                tradeDate,
                rate(ChargeComponent.STT_SELL_PREMIUM, tradeDate),
                rate(ChargeComponent.STT_EXERCISE, tradeDate),
                rate(ChargeComponent.STT_EXERCISE_SETTLEMENT, tradeDate),
                rate(ChargeComponent.EXCHANGE_TRANSACTION, tradeDate),
                rate(ChargeComponent.SEBI_TURNOVER, tradeDate),
                rate(ChargeComponent.STAMP_DUTY_BUY, tradeDate),
                rate(ChargeComponent.IPFT, tradeDate),
                rate(ChargeComponent.GST, tradeDate));
    }

    /**
     * Returns true when every component has a rate in force on {@code tradeDate}, so that {@link #ratesOn} answers
     * without throwing.
     */
    public boolean covers(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        for (EffectiveRate[] history : byComponent.values()) {
            if (history.length == 0 || history[0].effectiveFrom().isAfter(tradeDate)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the row of {@code component} in force on {@code tradeDate}, with its source. */
    public EffectiveRate rowOn(ChargeComponent component, LocalDate tradeDate) {
        EffectiveRate[] history = byComponent.get(Checks.notNull(component, "component"));
        EffectiveRate found = null;
        for (EffectiveRate r : history) {
            if (r.effectiveFrom().isAfter(tradeDate)) {
                break;
            }
            found = r;
        }
        if (found == null) {
            throw new IllegalArgumentException("no " + component.key() + " rate in " + fileName + " for trade date "
                    + tradeDate + (history.length == 0 ? "" : "; the earliest is from " + history[0].effectiveFrom()));
        }
        return found;
    }

    private Rate rate(ChargeComponent component, LocalDate tradeDate) {
        return rowOn(component, tradeDate).rate();
    }

    /** Lazy holder of the bundled table. */
    private static final class Bundled {
        static final CostSchedule NSE = load();

        private static CostSchedule load() {
            try (InputStream in = CostSchedule.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the core jar");
                }
                return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
            }
        }
    }

    @Override
    public String toString() {
        return "CostSchedule[" + fileName + ", " + rows.size() + " rows]";
    }
}
