package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.store.PaperAccountStoreContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-memory paper account store, on the cases {@code JdbiPaperAccountStoreIT} runs on PostgreSQL (same inputs,
 * same expectations), and the refusals that must store nothing.
 */
class MemoryPaperAccountStoreTest extends PaperAccountStoreContract {

    @Override
    protected PaperAccountStore newStore() {
        return new MemoryPaperAccountStore();
    }

    @Test
    void test_commit_aFillOfAnUnknownOrder_storesNothingOfTheStep() {
        PaperBook opened = store.open("d", DEPOSIT, AT);
        Order placed = new Order("P000001", limit("d-1", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        Fill stray =
                new Fill("T000009", "P000009", new CorrelationId("d-9"), CALL, Side.BUY, 75, Money.ofPaise(100), AT);

        assertThatThrownBy(() -> store.commit(
                        "d",
                        opened.version(),
                        new PaperChanges(
                                List.of(new PaperOrder(placed, AT)),
                                List.of(new BookedFill(stray, Charges.NONE)),
                                List.of(),
                                List.of())))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("P000009");
        assertThat(store.version("d")).isEqualTo(opened.version());
        assertThat(store.load("d").orders()).isEmpty();
    }

    @Test
    void test_commit_anOrderStoredAgain_keepsItsPlaceRequestAndPlacementTime() {
        PaperBook opened = store.open("e", DEPOSIT, AT);
        Order first = new Order("P000001", limit("e-1", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        Order second = new Order("P000002", limit("e-2", Side.SELL), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        store.commit(
                "e",
                opened.version(),
                new PaperChanges(
                        List.of(new PaperOrder(first, AT), new PaperOrder(second, AT)),
                        List.of(),
                        List.of(),
                        List.of()));
        Order cancelled = first.with(OrderStatus.CANCELLED, 0, Money.ZERO, "by the user", AT.plusSeconds(5));

        assertThat(store.commit(
                        "e",
                        opened.version() + 1,
                        new PaperChanges(
                                List.of(new PaperOrder(cancelled, AT.plusSeconds(9))),
                                List.of(),
                                List.of(),
                                List.of())))
                .isTrue();

        assertThat(store.load("e").orders()).containsExactly(new PaperOrder(cancelled, AT), new PaperOrder(second, AT));
    }

    @Test
    void test_instants_keptToTheMicrosecond() {
        Instant nanos = Instant.parse("2026-01-06T04:30:00.123456789Z");

        PaperBook book = store.open("f", DEPOSIT, nanos);

        assertThat(book.ledger().get(0).bookedAt()).isEqualTo(Instant.parse("2026-01-06T04:30:00.123457Z"));
    }

    @Test
    void test_version_ofAnUnknownAccount_isAStoreFailure() {
        assertThatThrownBy(() -> store.version("ghost"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("open it first");
        assertThatThrownBy(() -> store.commit(
                        "ghost",
                        1,
                        changes(new Order(
                                "P000001", limit("g-1", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT))))
                .isInstanceOf(StoreException.class);
    }
}
