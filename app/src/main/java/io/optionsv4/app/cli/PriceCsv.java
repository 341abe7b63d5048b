package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.pricing.ImpliedVolatilityResult;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch option calculator behind {@code options-v4 price}: reads CSV rows of option inputs and writes each row
 * back with its Black–Scholes–Merton price, Greeks and implied volatility.
 *
 * <p>Input: a header row naming the columns, in any order (case-insensitive): {@code right} (CALL or PUT), {@code
 * spot}, {@code strike}, {@code rate}, {@code dividend}, {@code volatility}, {@code time} (years), and optionally
 * {@code price}. Rates and volatilities are decimals (0.2 = 20%). Other columns are carried through. Example:
 *
 * <pre>
 * right,spot,strike,rate,dividend,volatility,time,price
 * CALL,42,40,0.1,0,0.2,0.5,
 * PUT,100,95,0.065,0.01,,0.25,2.35
 * </pre>
 *
 * <p>Output: the input columns as given, then {@code price,delta,gamma,vega,theta,rho,implied_volatility,status}. A
 * row with a volatility is priced at it; a row with an empty volatility and a price is priced at the volatility implied
 * by that price. {@code implied_volatility} is the volatility implied by the row's {@code price} whenever one is given,
 * empty otherwise. Units: price per unit of underlying; vega per volatility point (0.01); theta per calendar day; rho
 * per percentage point (0.01). Doubles are printed in their shortest round-trip form ({@link Double#toString}). {@code
 * status} is {@code OK}, an implied-volatility status ({@code BELOW_INTRINSIC}, {@code ABOVE_UPPER_BOUND}, {@code
 * EXPIRED}, ...), or {@code INVALID_INPUT: <what was wrong>}; a bad row never stops the others.
 */
final class PriceCsv {

    static final List<String> REQUIRED = List.of("right", "spot", "strike", "rate", "dividend", "volatility", "time");
    static final List<String> OUTPUT =
            List.of("price", "delta", "gamma", "vega", "theta", "rho", "implied_volatility", "status");

    /** Counts of the rows written, by outcome. */
    record Summary(int rows, int failed) {}

    private PriceCsv() {}

    /**
     * Reads every row from {@code in} and writes the priced rows to {@code out}.
     *
     * @throws IllegalArgumentException when the header lacks a required column (the message names them)
     */
    static Summary run(Reader in, Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(in)) {
            if (!rows.hasNext()) {
                throw new IllegalArgumentException("the input is empty: expected a header row naming the columns "
                        + String.join(",", REQUIRED) + "[,price]");
            }
            List<String> header = rows.next();
            Map<String, Integer> columns = columnIndex(header);
            List<String> outHeader = new ArrayList<>(header);
            outHeader.addAll(OUTPUT);
            writeRow(out, outHeader);
            int count = 0;
            int failed = 0;
            while (hasNext(rows, count)) {
                List<String> row = rows.next();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                List<String> result = evaluate(row, columns);
                List<String> line = new ArrayList<>(row);
                line.addAll(result);
                writeRow(out, line);
                count++;
                if (!"OK".equals(result.get(result.size() - 1))) {
                    failed++;
                }
            }
            out.flush();
            return new Summary(count, failed);
        }
    }

    private static boolean hasNext(MappingIterator<List<String>> rows, int rowsSoFar) {
        try {
            return rows.hasNextValue();
        } catch (IOException e) {
            throw new UncheckedIOException("malformed CSV after data row " + rowsSoFar + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columnIndex(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the column(s) " + String.join(", ", missing)
                    + "; it must name " + String.join(",", REQUIRED) + " (any order) and may add price");
        }
        return columns;
    }

    /** Prices one row; returns the eight output fields. */
    static List<String> evaluate(List<String> row, Map<String, Integer> columns) {
        try {
            RowInput input = RowInput.parse(row, columns);
            return price(input);
        } catch (IllegalArgumentException e) {
            return failure("INVALID_INPUT: " + e.getMessage());
        }
    }

    private static List<String> price(RowInput in) {
        String impliedText = "";
        double vol = in.volatility();
        String status = "OK";
        if (in.hasPrice()) {
            ImpliedVolatilityResult iv = ImpliedVolatilitySolver.blackScholesMerton(
                    in.right(), in.price(), in.spot(), in.strike(), in.time(), in.rate(), in.dividend());
            if (iv.isOk()) {
                impliedText = Double.toString(iv.volatility());
            } else {
                status = iv.status().name();
            }
            if (!in.hasVolatility()) {
                if (!iv.isOk()) {
                    return failure(status);
                }
                vol = iv.volatility();
            }
        }
        Greeks g =
                BlackScholesMerton.greeks(in.right(), in.spot(), in.strike(), in.time(), vol, in.rate(), in.dividend());
        return List.of(
                Double.toString(g.price()),
                Double.toString(g.delta()),
                Double.toString(g.gamma()),
                Double.toString(g.vega()),
                Double.toString(g.theta()),
                Double.toString(g.rho()),
                impliedText,
                status);
    }

    private static List<String> failure(String status) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < OUTPUT.size() - 1; i++) {
            fields.add("");
        }
        fields.add(status);
        return fields;
    }

    /** Writes one CSV record, quoting a field only when it holds a comma, a quote or a line break (RFC 4180). */
    static void writeRow(Writer out, List<String> fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    /** One parsed input row; volatility and price are NaN when their cells are empty. */
    record RowInput(
            Right right,
            double spot,
            double strike,
            double rate,
            double dividend,
            double volatility,
            double time,
            double price) {

        boolean hasVolatility() {
            return !Double.isNaN(volatility);
        }

        boolean hasPrice() {
            return !Double.isNaN(price);
        }

        static RowInput parse(List<String> row, Map<String, Integer> columns) {
            Right right = Right.parse(cell(row, columns, "right"));
            double spot = positive(row, columns, "spot");
            double strike = positive(row, columns, "strike");
            double rate = number(row, columns, "rate");
            double dividend = number(row, columns, "dividend");
            double time = number(row, columns, "time");
            if (time < 0) {
                throw new IllegalArgumentException("time must be >= 0 years but was " + time);
            }
            double volatility = optional(row, columns, "volatility");
            double price = optional(row, columns, "price");
            if (!Double.isNaN(volatility) && volatility < 0) {
                throw new IllegalArgumentException("volatility must be >= 0 but was " + volatility);
            }
            if (!Double.isNaN(price) && price < 0) {
                throw new IllegalArgumentException("price must be >= 0 but was " + price);
            }
            if (Double.isNaN(volatility) && Double.isNaN(price)) {
                throw new IllegalArgumentException("volatility is empty and there is no price to imply it from");
            }
            return new RowInput(right, spot, strike, rate, dividend, volatility, time, price);
        }

        private static String cell(List<String> row, Map<String, Integer> columns, String name) {
            Integer index = columns.get(name);
            return index == null || index >= row.size() ? "" : row.get(index).trim();
        }

        private static double number(List<String> row, Map<String, Integer> columns, String name) {
            String text = cell(row, columns, name);
            if (text.isEmpty()) {
                throw new IllegalArgumentException(name + " is empty");
            }
            return parse(text, name);
        }

        private static double positive(List<String> row, Map<String, Integer> columns, String name) {
            double value = number(row, columns, name);
            if (!(value > 0)) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + cell(row, columns, name));
            }
            return value;
        }

        private static double optional(List<String> row, Map<String, Integer> columns, String name) {
            String text = cell(row, columns, name);
            return text.isEmpty() ? Double.NaN : parse(text, name);
        }

        private static double parse(String text, String name) {
            if (!io.optionsv4.core.result.StrictNumbers.isDecimal(text)) {
                throw new IllegalArgumentException(
                        name + " " + io.optionsv4.core.result.SafeText.quote(text) + " is not a number");
            }
            return io.optionsv4.core.result.StrictNumbers.decimal(text);
        }
    }
}
