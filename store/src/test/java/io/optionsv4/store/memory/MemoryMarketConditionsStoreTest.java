package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.store.testdata.SampleMarketConditions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory market conditions, on the cases {@code JdbiMarketConditionsStoreIT} runs on PostgreSQL. */
class MemoryMarketConditionsStoreTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);
    private static final Instant AT = Instant.parse("2020-01-03T10:00:00.123456789Z");

    @Test
    void test_store_roundTripStampedToTheMicrosecond() {
        MemoryMarketConditionsStore store = new MemoryMarketConditionsStore(Clock.fixed(AT, ZoneOffset.UTC));
        MarketConditions bullish = SampleMarketConditions.bullish(DAY);

        store.store(bullish);

        assertThat(store.find(DAY))
                .contains(StoredMarketConditions.of(bullish, Instant.parse("2020-01-03T10:00:00.123456Z")));
        assertThat(store.find(DAY.plusDays(1))).isEmpty();
    }

    @Test
    void test_store_reRunReplacesTheDay() {
        MemoryMarketConditionsStore store = new MemoryMarketConditionsStore(Clock.fixed(AT, ZoneOffset.UTC));
        store.store(SampleMarketConditions.bullish(DAY));

        MarketConditions bearish = SampleMarketConditions.bearish(DAY);
        store.store(bearish);

        assertThat(store.find(DAY).orElseThrow().state()).isEqualTo(bearish.state());
    }
}
