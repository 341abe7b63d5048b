package io.optionsv4.core.allocation;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The default industry allocation, derived from each industry's relative strength over the last three months.
 *
 * <p>For each stock with at least two daily closes in the window, its return is {@code last close / first close − 1}.
 * An industry's return is the mean of its stocks' returns; the benchmark is NIFTY's return over the same window (the
 * mean of all stocks' returns when NIFTY has fewer than two closes). Relative strength {@code RS = industry return −
 * benchmark}. Position type: LONG when {@code RS >= 0}, else SHORT. Weight in percent: {@code 100 · |RS| / Σ|RS|},
 * rounded half-even to four decimals; equal weights when every RS is 0. Industries without a stock with two closes get
 * no row. See {@code docs/industry-allocations.md}. Pure and thread-safe.
 */
public final class IndustryStrength {

    /** The look-back window in months. */
    public static final int WINDOW_MONTHS = 3;

    private IndustryStrength() {}

    /** Returns the first day of the window that ends on {@code asOf}. */
    public static LocalDate windowStart(LocalDate asOf) {
        return asOf.minusMonths(WINDOW_MONTHS);
    }

    /**
     * Derives the allocations.
     *
     * @param stockCandles each stock's daily candles in the window, oldest first
     * @param industryOf each stock's industry
     * @param benchmark NIFTY's daily candles in the window, oldest first (may be empty)
     * @param asOf the day the allocation is for
     * @return one allocation per industry with data, by industry name
     */
    public static List<IndustryAllocation> derive(
            Map<String, List<Candle>> stockCandles,
            Map<String, String> industryOf,
            List<Candle> benchmark,
            LocalDate asOf) {
        Checks.notNull(stockCandles, "stockCandles");
        Checks.notNull(industryOf, "industryOf");
        Checks.notNull(benchmark, "benchmark");
        Checks.notNull(asOf, "asOf");
        Map<String, List<Double>> returnsByIndustry = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        stockCandles.forEach((symbol, candles) -> periodReturn(candles).ifPresent(r -> {
            String industry = industryOf.get(symbol);
            if (industry != null) {
                returnsByIndustry
                        .computeIfAbsent(industry, k -> new ArrayList<>())
                        .add(r);
                all.add(r);
            }
        }));
        if (returnsByIndustry.isEmpty()) {
            return List.of();
        }
        double base = periodReturn(benchmark).orElse(mean(all));
        Map<String, Double> strength = new TreeMap<>();
        returnsByIndustry.forEach((industry, returns) -> strength.put(industry, mean(returns) - base));
        double total = strength.values().stream().mapToDouble(Math::abs).sum();
        List<IndustryAllocation> allocations = new ArrayList<>();
        strength.forEach((industry, rs) -> {
            double weight = total > 0 ? 100 * Math.abs(rs) / total : 100.0 / strength.size();
            allocations.add(new IndustryAllocation(
                    industry,
                    BigDecimal.valueOf(weight).setScale(4, RoundingMode.HALF_EVEN),
                    rs >= 0 ? PositionType.LONG : PositionType.SHORT,
                    OptionalDouble.of(rs),
                    IndustryAllocation.Source.DERIVED,
                    asOf));
        });
        return List.copyOf(allocations);
    }

    private static OptionalDouble periodReturn(List<Candle> candles) {
        if (candles.size() < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                candles.get(candles.size() - 1).close() / candles.get(0).close() - 1);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
