package io.optionsv4.core.costs;

import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The strict parser of the effective-dated rate table. Format (UTF-8 text, one row a line):
 *
 * <pre>
 * component,effective_from,value,unit,source
 * # a comment line; blank lines are skipped
 * exchange_transaction,2024-10-01,0.03503,percent,NSE circular of 2024-09-27: Rs 35.03 per lakh of premium
 * sebi_turnover,2019-04-01,10,per_crore,SEBI board meeting 2019-03-28: Rs 10 per crore from Rs 15
 * </pre>
 *
 * <p>{@code component} is a {@link ChargeComponent#key()}, {@code effective_from} an ISO date, {@code value} a plain
 * decimal (digits, optional point and digits: no sign, exponent, hex float, NaN or grouping), {@code unit} either
 * {@code percent} or {@code per_crore} (rupees per crore = 10^7 rupees of the base), and {@code source} free text to
 * the end of the line (it may contain commas). The header line must come first exactly as above. The same component
 * twice on the same date is an error. Every error is an {@link IllegalArgumentException} whose message starts with
 * {@code file:line:} and names the field.
 */
final class RateTableParser {

    static final String HEADER = "component,effective_from,value,unit,source";

    private RateTableParser() {}

    /** Parses {@code lines} of the file called {@code fileName} (used in messages only). */
    static List<EffectiveRate> parse(String fileName, List<String> lines) {
        Checks.notBlank(fileName, "fileName");
        Checks.notNull(lines, "lines");
        List<EffectiveRate> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = fileName + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(
                            where + "the header must be '" + HEADER + "' but was '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            EffectiveRate row = row(where, line);
            if (!seen.add(row.component() + "@" + row.effectiveFrom())) {
                throw new IllegalArgumentException(where + "field effective_from: a second "
                        + row.component().key() + " rate from " + row.effectiveFrom());
            }
            rows.add(row);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(fileName + ":1: the file has no header '" + HEADER + "'");
        }
        return List.copyOf(rows);
    }

    private static EffectiveRate row(String where, String line) {
        String[] f = line.split(",", 5);
        if (f.length < 5) {
            throw new IllegalArgumentException(where + "expected 5 fields (" + HEADER + ") but found " + f.length);
        }
        ChargeComponent component = ChargeComponent.ofKey(f[0].strip())
                .orElseThrow(
                        () -> new IllegalArgumentException(where + "field component: unknown '" + f[0].strip() + "'"));
        LocalDate from;
        try {
            from = LocalDate.parse(f[1].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where + "field effective_from: '" + f[1].strip() + "' is not an ISO" + " date (yyyy-mm-dd)", e);
        }
        int power = switch (f[3].strip()) {
            case "percent" -> 2;
            case "per_crore" -> 7;
            default ->
                throw new IllegalArgumentException(
                        where + "field unit: '" + f[3].strip() + "' is neither percent nor per_crore");
        };
        Rate rate;
        try {
            rate = Rate.parse(f[2].strip(), power);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "field value: " + e.getMessage(), e);
        }
        String source = f[4].strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException(where + "field source: must not be blank");
        }
        return new EffectiveRate(component, from, rate, source);
    }
}
