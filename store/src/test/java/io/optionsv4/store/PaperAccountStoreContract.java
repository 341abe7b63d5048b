package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.EquityInstrument;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.LedgerEntry;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperBook;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaperAccountStore} must do, run on each implementation: the PostgreSQL store ({@code
 * JdbiPaperAccountStoreIT}) and the in-memory one ({@code MemoryPaperAccountStoreTest}) answer the same inputs with
 * the same books.
 */
public abstract class PaperAccountStoreContract {

    protected static final Instant AT = Instant.parse("2026-01-06T04:30:00.123456Z");
    protected static final Money DEPOSIT = Money.ofWholeRupees(1_000_000);
    protected static final OptionInstrument CALL =
            new OptionInstrument("NIFTY", Right.CALL, Money.ofPaise(2_250_050), LocalDate.of(2026, 1, 13));

    /** The store under test, fresh for each test. */
    protected PaperAccountStore store;

    /** Returns a fresh, empty store. */
    protected abstract PaperAccountStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void test_open_createsTheAccountWithItsDepositOnce() {
        PaperBook book = store.open("paper", DEPOSIT, AT);
        PaperBook again = store.open("paper", Money.ofWholeRupees(5), AT.plusSeconds(60));

        assertThat(book.ledger())
                .containsExactly(new LedgerEntry(LedgerEntry.Kind.DEPOSIT, DEPOSIT, AT, "", "opening deposit"));
        assertThat(again).isEqualTo(book);
        assertThat(store.version("paper")).isEqualTo(book.version());
    }

    @Test
    void test_commit_roundTripsEveryValueExactly() {
        PaperBook opened = store.open("a-1", DEPOSIT, AT);
        Order placed = new Order("P000001", limit("tag-1", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        Order equity = new Order(
                "P000002",
                new OrderRequest(
                        new CorrelationId("tag-2"),
                        new EquityInstrument("RELIANCE"),
                        Side.SELL,
                        10,
                        1,
                        OrderType.MARKET,
                        Optional.empty(),
                        Validity.IOC),
                OrderStatus.REJECTED,
                0,
                Money.ZERO,
                "options only",
                AT);
        Fill fill =
                new Fill("T000001", "P000001", placed.correlationId(), CALL, Side.BUY, 75, Money.ofPaise(10_105), AT);
        Order filled = placed.with(OrderStatus.FILLED, 75, fill.value(), "", AT.plusMillis(1));
        Charges charges = new Charges(
                Money.ofWholeRupees(20),
                Money.ZERO,
                Money.ofPaise(265),
                Money.ofPaise(1),
                Money.ofWholeRupees(0),
                Money.ofPaise(4),
                Money.ofPaise(408));
        Settlement settlement = new Settlement(
                CALL, 75, Money.ofPaise(2_260_000), Money.ofPaise(9_950), AT.plusSeconds(3600), Charges.NONE);
        LedgerEntry premium =
                new LedgerEntry(LedgerEntry.Kind.PREMIUM, fill.value().negate(), AT, "T000001", "BUY 75 @ 101.05");

        assertThat(store.commit(
                        "a-1",
                        opened.version(),
                        new PaperChanges(
                                List.of(new PaperOrder(placed, AT), new PaperOrder(equity, AT)),
                                List.of(),
                                List.of(),
                                List.of())))
                .isTrue();
        assertThat(store.commit(
                        "a-1",
                        opened.version() + 1,
                        new PaperChanges(
                                List.of(new PaperOrder(filled, AT)),
                                List.of(new BookedFill(fill, charges)),
                                List.of(settlement),
                                List.of(premium))))
                .isTrue();

        PaperBook book = store.load("a-1");
        assertThat(book.version()).isEqualTo(opened.version() + 2);
        assertThat(book.orders()).containsExactly(new PaperOrder(filled, AT), new PaperOrder(equity, AT));
        assertThat(book.fills()).containsExactly(new BookedFill(fill, charges));
        assertThat(book.settlements()).containsExactly(settlement);
        assertThat(book.ledger()).hasSize(2).last().isEqualTo(premium);
    }

    @Test
    void test_commit_atAStaleVersion_storesNothing() {
        PaperBook opened = store.open("b", DEPOSIT, AT);
        PaperChanges one = new PaperChanges(
                List.of(new PaperOrder(
                        new Order("P000001", limit("x-1", Side.SELL), OrderStatus.PENDING, 0, Money.ZERO, "", AT), AT)),
                List.of(),
                List.of(),
                List.of());

        assertThat(store.commit("b", opened.version(), one)).isTrue();
        assertThat(store.commit("b", opened.version(), one)).isFalse();
        assertThat(store.load("b").orders()).hasSize(1);
    }

    @Test
    void test_commit_aSecondOrderWithTheSameCorrelationId_isRefused() {
        PaperBook opened = store.open("c", DEPOSIT, AT);
        Order first = new Order("P000001", limit("same", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        Order second = new Order("P000002", limit("same", Side.BUY), OrderStatus.PENDING, 0, Money.ZERO, "", AT);
        store.commit("c", opened.version(), changes(first));

        assertThatThrownBy(() -> store.commit("c", opened.version() + 1, changes(second)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("paper_orders_correlation_id_unique");
        assertThat(store.version("c")).isEqualTo(opened.version() + 1);
    }

    @Test
    void test_accounts_areSeparateAndUnknownOnesAreNamed() {
        store.open("one", DEPOSIT, AT);
        store.open("two", Money.ofWholeRupees(5_000), AT);

        assertThat(store.load("two").ledger())
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofWholeRupees(5_000)));
        assertThatThrownBy(() -> store.load("three"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("three");
        assertThatThrownBy(() -> store.open("no spaces", DEPOSIT, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    protected static PaperChanges changes(Order order) {
        return new PaperChanges(List.of(new PaperOrder(order, AT)), List.of(), List.of(), List.of());
    }

    protected static OrderRequest limit(String tag, Side side) {
        return OrderRequest.limit(new CorrelationId(tag), CALL, side, 75, 75, Money.ofPaise(10_105));
    }
}
