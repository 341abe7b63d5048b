package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The year x month table against a hand-computed case, and compounding as a property. */
class MonthlyReturnsTest {

    @Test
    void test_of_handComputedMonthsAndYears() {
        List<LocalDate> days = List.of(
                LocalDate.of(2020, 1, 30),
                LocalDate.of(2020, 1, 31),
                LocalDate.of(2020, 2, 3),
                LocalDate.of(2020, 2, 4),
                LocalDate.of(2021, 1, 4));
        EquityCurve curve = EquityCurve.of(
                days.get(0), 100_000L, Backtests.equity(days, 110_000L, 99_000L, 108_900L, 108_900L, 119_790L));

        MonthlyReturns table = MonthlyReturns.of(curve);

        assertThat(table.years()).extracting(MonthlyReturns.Year::year).containsExactly(2020, 2021);
        MonthlyReturns.Year y2020 = table.years().get(0);
        assertThat(y2020.months().get(0)).isCloseTo(-0.01, within(1e-12)); // 99,000 / 100,000 - 1
        assertThat(y2020.months().get(1)).isCloseTo(0.10, within(1e-12)); // 108,900 / 99,000 - 1
        assertThat(y2020.months().subList(2, 12)).containsOnlyNulls();
        assertThat(y2020.total()).isCloseTo(0.089, within(1e-12)); // 0.99 x 1.10 - 1
        MonthlyReturns.Year y2021 = table.years().get(1);
        assertThat(y2021.months().get(0)).isCloseTo(0.10, within(1e-12)); // 119,790 / 108,900 - 1
        assertThat(y2021.total()).isCloseTo(0.10, within(1e-12));
    }

    @Property(tries = 200)
    void property_monthsCompoundToTheYearAndYearsToTheRun(
            @ForAll @Size(min = 1, max = 400) List<@LongRange(min = 1, max = 10_000_000) Long> closes) {
        List<LocalDate> days = new ArrayList<>();
        long[] values = new long[closes.size()];
        LocalDate day = LocalDate.of(2019, 12, 20);
        for (int i = 0; i < closes.size(); i++) {
            days.add(day);
            values[i] = closes.get(i);
            day = day.plusDays(3);
        }
        EquityCurve curve = EquityCurve.of(days.get(0), 1_000_000L, Backtests.equity(days, values));

        double run = 1;
        for (MonthlyReturns.Year year : MonthlyReturns.of(curve).years()) {
            double product = 1;
            for (Double m : year.months()) {
                product *= m == null ? 1 : 1 + m;
            }
            assertThat(product - 1).isCloseTo(year.total(), within(1e-9 * product));
            run *= 1 + year.total();
        }
        double expected = (double) values[values.length - 1] / 1_000_000L;
        assertThat(run).isCloseTo(expected, within(1e-9 * expected));
    }
}
