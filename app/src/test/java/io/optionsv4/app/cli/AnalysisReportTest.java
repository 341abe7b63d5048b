package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.probability.Amount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisReportTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | ₹0.00",
                "-0.001 | ₹0.00",
                "999.5 | ₹999.50",
                "1000 | ₹1,000.00",
                "375000 | ₹3,75,000.00",
                "7500000 | ₹75,00,000.00",
                "30000000 | ₹3,00,00,000.00",
                "-12345678.901 | -₹1,23,45,678.90",
                "-5681.25 | -₹5,681.25"
            })
    void test_rupees_indianDigitGrouping(double value, String expected) {
        assertThat(AnalysisReport.rupees(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12250, '12,250'", "333.7, 333.70", "1509.6, '1,509.60'"})
    void test_strike_wholeNumbersWithoutDecimals(double value, String expected) {
        assertThat(AnalysisReport.strike(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true, unlimited", "false, '₹1,500.00'"})
    void test_rupees_unlimitedAmount(boolean unlimited, String expected) {
        assertThat(AnalysisReport.rupees(unlimited ? Amount.UNLIMITED : Amount.of(1500)))
                .isEqualTo(expected);
    }
}
