package io.optionsv4.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quote and candle checks, on RELIANCE's cash bhavcopy row of 1 January 2020. */
class QuoteTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final Instant CLOSE = Instant.parse("2020-01-01T10:00:00Z");
    private static final Candle SESSION = new Candle(DAY, 1518, 1527.1, 1505.5, 1509.6, 6_402_372);

    @Test
    void test_change_fromPreviousClose() {
        Quote quote = new Quote("RELIANCE", DAY, CLOSE, 1511.8, SESSION, 1514.05);

        assertThat(quote.close()).isEqualTo(1509.6);
        assertThat(quote.change()).isCloseTo(-4.45, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void test_new_sessionOfAnotherDayRejected() {
        assertThatThrownBy(() -> new Quote("RELIANCE", DAY.plusDays(1), CLOSE, 1511.8, SESSION, 1514.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session date 2020-01-01");
    }

    @Test
    void test_candle_highBelowCloseRejected() {
        assertThatThrownBy(() -> new Candle(DAY, 1518, 1510, 1505.5, 1515, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high 1510.0");
        assertThatThrownBy(() -> new Candle(DAY, 0, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open");
    }
}
