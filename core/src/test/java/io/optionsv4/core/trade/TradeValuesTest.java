package io.optionsv4.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TradeValuesTest {

    private static final OptionInstrument NIFTY_CE =
            new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(22_500), LocalDate.of(2026, 12, 29));

    @Test
    void correlationIdIsDerivedFromTheStepAndFitsDhansLimit() {
        CorrelationId id = CorrelationId.of("v4a1b2", 9_876_543_210L, 11, CorrelationId.Purpose.UNWIND, 12);
        assertThat(id.value()).isEqualTo("v4a1b2-9876543210-11U12");
        assertThat(id.value()).hasSizeLessThanOrEqualTo(CorrelationId.MAX_LENGTH);
        assertThat(CorrelationId.of("v4", 7, 0, CorrelationId.Purpose.ENTRY, 1))
                .isEqualTo(CorrelationId.of("v4", 7, 0, CorrelationId.Purpose.ENTRY, 1));
    }

    @Test
    void correlationIdRefusesWhatDhanRefuses() {
        assertThatThrownBy(() -> new CorrelationId("a".repeat(31))).hasMessageContaining("1-30 characters");
        assertThatThrownBy(() -> new CorrelationId("x;drop")).hasMessageContaining("'x;drop'");
        assertThatThrownBy(() -> new CorrelationId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorrelationId.of("v-4", 1, 0, CorrelationId.Purpose.ENTRY, 1))
                .hasMessageContaining("namespace");
    }

    @Test
    void orderRequestNeedsWholeLotsAndALimitForLimitOrders() {
        CorrelationId id = new CorrelationId("t-1");
        assertThatThrownBy(() -> OrderRequest.limit(id, NIFTY_CE, Side.BUY, 70, 75, Money.ofPaise(1_000)))
                .hasMessageContaining("not a multiple of the lot size 75")
                .hasMessageContaining("NIFTY 29DEC2026 22500 CE");
        assertThatThrownBy(() -> new OrderRequest(
                        id, NIFTY_CE, Side.BUY, 75, 75, OrderType.LIMIT, Optional.empty(), Validity.DAY))
                .hasMessageContaining("must have a limit price");
        assertThatThrownBy(() -> new OrderRequest(
                        id, NIFTY_CE, Side.BUY, 75, 75, OrderType.MARKET, Optional.of(Money.ofPaise(5)), Validity.DAY))
                .hasMessageContaining("must not have a limit price");
        assertThat(OrderRequest.limit(id, NIFTY_CE, Side.SELL, 150, 75, Money.ofPaise(1_005))
                        .lots())
                .isEqualTo(2);
    }

    @Test
    void averagePriceIsExactToFourDecimals() {
        OrderRequest request =
                OrderRequest.limit(new CorrelationId("t-2"), NIFTY_CE, Side.BUY, 150, 75, Money.ofPaise(10_010));
        Instant now = Instant.parse("2026-12-07T04:00:00Z");
        Order order = new Order("1", request, OrderStatus.PENDING, 0, Money.ZERO, "", now);
        assertThat(order.averagePrice()).isEmpty();
        assertThat(order.remainingQuantity()).isEqualTo(150);
        // 75 at 100.05 and 75 at 100.10: 100.075 per unit.
        Order filled = order.with(OrderStatus.FILLED, 150, Money.ofPaise(75 * 10_005 + 75 * 10_010), "", now);
        assertThat(filled.averagePrice()).contains(new BigDecimal("100.0750"));
        assertThat(filled.remainingQuantity()).isZero();
        assertThatThrownBy(() -> order.with(OrderStatus.FILLED, 75, Money.ofPaise(750_375), "", now))
                .hasMessageContaining("FILLED with 75 of 150");
        assertThatThrownBy(() -> order.with(OrderStatus.PENDING, 0, Money.ofPaise(1), "", now))
                .hasMessageContaining("fill value without a filled quantity");
    }

    @Test
    void statusesSplitIntoOpenAndTerminal() {
        assertThat(OrderStatus.PENDING.open()).isTrue();
        assertThat(OrderStatus.PARTIALLY_FILLED.open()).isTrue();
        for (OrderStatus s :
                new OrderStatus[] {OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.REJECTED, OrderStatus.EXPIRED
                }) {
            assertThat(s.terminal()).as(s.name()).isTrue();
        }
    }

    @Test
    void positionNetsBuysAgainstSells() {
        Position p = new Position(NIFTY_CE, 75, Money.ofPaise(750_000), 150, Money.ofPaise(1_600_000));
        assertThat(p.netQuantity()).isEqualTo(-75);
        assertThat(p.flat()).isFalse();
        assertThat(new OptionInstrument("RELIANCE", Right.PUT, Money.ofPaise(108_750), LocalDate.of(2026, 12, 29))
                        .displayName())
                .isEqualTo("RELIANCE 29DEC2026 1087.50 PE");
    }

    @Test
    void onlyRateLimitsAndUnreachableBrokersAreRetryable() {
        assertThat(new BrokerException(BrokerException.Kind.RATE_LIMITED, "slow down").retryable())
                .isTrue();
        assertThat(new BrokerException(BrokerException.Kind.UNAVAILABLE, "down").retryable())
                .isTrue();
        assertThat(new BrokerException(BrokerException.Kind.OUTCOME_UNKNOWN, "timeout").retryable())
                .isFalse();
        assertThat(new BrokerException(BrokerException.Kind.REJECTED, "funds").retryable())
                .isFalse();
    }
}
