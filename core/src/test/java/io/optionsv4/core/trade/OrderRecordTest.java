package io.optionsv4.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderRecordTest {

    private static final OptionInstrument PUT =
            new OptionInstrument("NIFTY", Right.PUT, Money.ofWholeRupees(22_300), LocalDate.of(2026, 1, 27));
    private static final OrderRequest REQUEST = OrderRequest.limit(
            CorrelationId.of("v1", 42, 1, Purpose.ENTRY, 1), PUT, Side.SELL, 150, 75, Money.ofPaise(9_000));
    private static final OrderRecord SENT = OrderRecord.sent(42, 1, Purpose.ENTRY, 1, REQUEST);

    @Test
    void test_merge_fillOnlyGrowsAndATerminalStateStays_whenEventsArriveOutOfOrder() {
        Order accepted = order(OrderStatus.PENDING, 0, 0);
        Order partial = order(OrderStatus.PARTIALLY_FILLED, 75, 675_000);
        Order filled = order(OrderStatus.FILLED, 150, 1_350_000);

        OrderRecord r = SENT.merge(partial).merge(accepted);
        assertThat(r.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(r.filledQuantity()).isEqualTo(75);

        OrderRecord done = r.merge(filled).merge(partial).merge(accepted);
        assertThat(done.state()).isEqualTo(OrderState.FILLED);
        assertThat(done.filledValue()).isEqualTo(Money.ofPaise(1_350_000));
        assertThat(done.brokerOrderId()).contains("B1");
        assertThat(done.averagePrice()).contains(Money.ofPaise(9_000));
        assertThat(done.signedFilled()).isEqualTo(-150);
    }

    @Test
    void test_merge_unconfirmedOrderBecomesAcceptedWhenTheBrokerKnowsIt() {
        OrderRecord unknown = SENT.withState(OrderState.UNKNOWN, "timed out");

        assertThat(unknown.state().unconfirmed()).isTrue();
        assertThat(unknown.merge(order(OrderStatus.PENDING, 0, 0)).state()).isEqualTo(OrderState.ACCEPTED);
    }

    @Test
    void test_merge_refusesAnotherTag() {
        Order other = new Order(
                "B2",
                OrderRequest.limit(
                        CorrelationId.of("v1", 42, 2, Purpose.ENTRY, 1), PUT, Side.SELL, 75, 75, Money.ofPaise(9_000)),
                OrderStatus.PENDING,
                0,
                Money.ZERO,
                "",
                Instant.EPOCH);

        assertThatThrownBy(() -> SENT.merge(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_new_refusesAFillAtZero() {
        assertThatThrownBy(() -> new OrderRecord(
                        42,
                        1,
                        Purpose.ENTRY,
                        1,
                        REQUEST,
                        Money.ofPaise(9_000),
                        OrderState.FILLED,
                        java.util.Optional.of("B1"),
                        150,
                        Money.ZERO,
                        0,
                        "",
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never at zero");
    }

    @Test
    void test_executionState_legalMovesOnly() {
        assertThat(ExecutionState.ENTERING.canMoveTo(ExecutionState.UNWINDING)).isTrue();
        assertThat(ExecutionState.UNWINDING.canMoveTo(ExecutionState.FAILED)).isTrue();
        assertThat(ExecutionState.UNWINDING.canMoveTo(ExecutionState.ENTERED)).isFalse();
        assertThat(ExecutionState.ENTERED.canMoveTo(ExecutionState.FAILED)).isFalse();
        assertThat(ExecutionState.FAILED.terminal()).isTrue();
    }

    private static Order order(OrderStatus status, int filled, long valuePaise) {
        return new Order("B1", REQUEST, status, filled, Money.ofPaise(valuePaise), "", Instant.EPOCH);
    }
}
