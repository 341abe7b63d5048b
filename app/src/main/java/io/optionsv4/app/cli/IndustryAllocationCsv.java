package io.optionsv4.app.cli;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.PositionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the industry allocation file of {@code options-v4 data import-industry-allocations}.
 *
 * <p>Format: UTF-8 CSV with the header {@code industry,weight_percentage,position_type}; one row per industry; the
 * industry exactly as in the reference data (quote it when it contains a comma); the weight in percent, 0 to 100, at
 * most four decimals; the position type {@code LONG} or {@code SHORT}. Weights must not add up to more than 100. Blank
 * lines and lines starting with {@code #} are ignored. Example:
 *
 * <pre>
 * industry,weight_percentage,position_type
 * Financial Services,30,LONG
 * Information Technology,25.5,LONG
 * Metals &amp; Mining,10,SHORT
 * </pre>
 */
final class IndustryAllocationCsv {

    static final String HEADER = "industry,weight_percentage,position_type";

    private IndustryAllocationCsv() {}

    /** The rows read, or the problems found, each naming its line. */
    record Parsed(List<IndustryAllocation> allocations, List<String> problems) {}

    /** Parses {@code lines} of the file; {@code industries} are the known industry names. */
    static Parsed parse(List<String> lines, Set<String> industries, LocalDate asOf) {
        List<IndustryAllocation> allocations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add("line " + number + ": header must be '" + HEADER + "' but was '" + line + "'");
                }
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() != 3) {
                problems.add("line " + number + ": expected 3 fields but found " + fields.size());
                continue;
            }
            try {
                IndustryAllocation allocation = row(fields, industries, asOf);
                if (!seen.add(allocation.industry())) {
                    problems.add("line " + number + ": industry '" + allocation.industry() + "' appears twice");
                }
                total = total.add(allocation.weightPercent());
                allocations.add(allocation);
            } catch (IllegalArgumentException e) {
                problems.add("line " + number + ": " + e.getMessage());
            }
        }
        if (!header) {
            problems.add("the file is empty: expected the header '" + HEADER + "' and one row per industry");
        }
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("weights add up to " + total.stripTrailingZeros().toPlainString() + " %, more than 100 %");
        }
        return new Parsed(List.copyOf(allocations), List.copyOf(problems));
    }

    private static IndustryAllocation row(List<String> fields, Set<String> industries, LocalDate asOf) {
        String industry = fields.get(0);
        if (!industries.contains(industry)) {
            throw new IllegalArgumentException("unknown industry '" + industry + "' (not in the reference data)");
        }
        BigDecimal weight;
        try {
            weight = new BigDecimal(fields.get(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight_percentage '" + fields.get(1) + "' is not a number", e);
        }
        PositionType type;
        try {
            type = PositionType.valueOf(fields.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "position_type must be LONG or SHORT but was '" + fields.get(2) + "'", e);
        }
        return new IndustryAllocation(
                industry, weight, type, OptionalDouble.empty(), IndustryAllocation.Source.IMPORTED, asOf);
    }

    /** Splits one CSV line; fields may be double-quoted, with {@code ""} for a quote inside. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
