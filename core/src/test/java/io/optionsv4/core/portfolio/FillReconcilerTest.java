package io.optionsv4.core.portfolio;

import static io.optionsv4.core.testdata.TradeLegs.rs;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.testdata.TradeLegs;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FillReconcilerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant MORNING = TradeLegs.at(DAY);
    private static final OptionInstrument PUT =
            new OptionInstrument("ABC", Right.PUT, Money.ofWholeRupees(1500), TradeLegs.EXPIRY);

    private static Fill fill(String trade, String order, String tag, int quantity, String price) {
        return new Fill(trade, order, new CorrelationId(tag), PUT, Side.SELL, quantity, rs(price), MORNING);
    }

    private static StoredFill stored(String tag, int filled, String average, Instant created, StoredTradePrice... t) {
        return new StoredFill(
                1,
                new StrategyId(7),
                tag,
                Optional.of("B-" + tag),
                PUT.displayName(),
                filled,
                Optional.ofNullable(average).map(TradeLegs::rs),
                created,
                List.of(t));
    }

    private static StoredTradePrice entry(long trade, int quantity, String price) {
        return new StoredTradePrice(trade, PriceFix.Target.TRADE_ENTRY, quantity, rs(price));
    }

    @Test
    void test_reconcile_findsNothing_whenConsistent() {
        // Two partial trades: 300 at 12.35 and 200 at 12.40 average 12.37 exactly; stored to the paisa.
        Reconciliation r = FillReconciler.reconcile(
                List.of(stored("v4-7-0E1", 500, "12.37", MORNING, entry(70, 500, "12.37"))),
                List.of(fill("T1", "B-v4-7-0E1", "v4-7-0E1", 300, "12.35"), fill("T2", "B1", "v4-7-0E1", 200, "12.40")),
                DAY);

        assertThat(r.consistent()).isTrue();
        assertThat(r.ordersCompared()).isEqualTo(1);
        assertThat(r.brokerTrades()).isEqualTo(2);
    }

    /** 250 at 12.35 and 250 at 12.40 average 12.375 exactly: 12.37 and 12.38 are both within a paisa. */
    @Test
    void test_reconcile_acceptsRoundingToThePaisa() {
        List<Fill> broker =
                List.of(fill("T1", "B1", "v4-7-0E1", 250, "12.35"), fill("T2", "B1", "v4-7-0E1", 250, "12.40"));

        assertThat(FillReconciler.reconcile(List.of(stored("v4-7-0E1", 500, "12.38", MORNING)), broker, DAY)
                        .consistent())
                .isTrue();
        assertThat(FillReconciler.reconcile(List.of(stored("v4-7-0E1", 500, "12.36", MORNING)), broker, DAY)
                        .differences())
                .extracting(FillDifference::kind)
                .containsExactly(FillDifference.Kind.PRICE_MISMATCH);
    }

    @Test
    void test_reconcile_zeroEntryPrice_isFixableFromTheBroker() {
        Reconciliation r = FillReconciler.reconcile(
                List.of(stored("v4-7-0E1", 500, "12.35", MORNING, entry(70, 500, "0"))),
                List.of(fill("T1", "B1", "v4-7-0E1", 500, "12.35")),
                DAY);

        assertThat(r.differences()).hasSize(1);
        FillDifference d = r.differences().get(0);
        assertThat(d.kind()).isEqualTo(FillDifference.Kind.ZERO_PRICE);
        assertThat(d.detail()).contains("trade 70 entry price stored as ₹0.00", "₹12.35");
        PriceFix fix = d.fix().orElseThrow();
        assertThat(fix.target()).isEqualTo(PriceFix.Target.TRADE_ENTRY);
        assertThat(fix.rowId()).isEqualTo(70);
        assertThat(fix.storedPrice()).contains(Money.ZERO);
        assertThat(fix.brokerPrice()).isEqualTo(rs("12.35"));
    }

    @Test
    void test_reconcile_priceAndQuantityMismatches() {
        Reconciliation r = FillReconciler.reconcile(
                List.of(stored("v4-7-0E1", 500, "12.00", MORNING, entry(70, 400, "12.35"))),
                List.of(fill("T1", "B1", "v4-7-0E1", 450, "12.35")),
                DAY);

        assertThat(r.differences())
                .extracting(FillDifference::kind)
                .containsExactly(
                        FillDifference.Kind.QUANTITY_MISMATCH,
                        FillDifference.Kind.PRICE_MISMATCH,
                        FillDifference.Kind.QUANTITY_MISMATCH);
        assertThat(r.differences().get(1).fix().orElseThrow().target()).isEqualTo(PriceFix.Target.ORDER);
        assertThat(r.fixable()).hasSize(1);
    }

    @Test
    void test_reconcile_missingAtBroker_onlyForTheDaysOrders() {
        StoredFill today = stored("v4-7-0E1", 500, "12.35", MORNING);
        StoredFill older = stored("v4-7-1E1", 500, "12.35", MORNING.minusSeconds(3 * 86_400));

        Reconciliation r = FillReconciler.reconcile(List.of(today, older), List.of(), DAY);

        assertThat(r.differences()).hasSize(1);
        assertThat(r.differences().get(0).kind()).isEqualTo(FillDifference.Kind.MISSING_AT_BROKER);
        assertThat(r.differences().get(0).correlationId()).isEqualTo("v4-7-0E1");
        assertThat(r.ordersCompared()).isEqualTo(1);
    }

    @Test
    void test_reconcile_olderZeroPrice_isReportedWithoutAFix() {
        StoredFill older = stored("v4-7-1E1", 500, "12.35", MORNING.minusSeconds(3 * 86_400), entry(71, 500, "0"));

        Reconciliation r = FillReconciler.reconcile(List.of(older), List.of(), DAY);

        assertThat(r.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(FillDifference.Kind.ZERO_PRICE);
            assertThat(d.fix()).isEmpty();
            assertThat(d.detail()).contains("no broker trade to repair it from");
        });
    }

    @Test
    void test_reconcile_missingInStore_forOurTagsOnly() {
        Reconciliation r = FillReconciler.reconcile(
                List.of(stored("v4-7-0E1", 0, null, MORNING)),
                List.of(
                        fill("T1", "B1", "v4-7-0E1", 500, "12.35"),
                        fill("T2", "B2", "v4-8-2X1", 75, "3.10"),
                        fill("T3", "B3", "manual order", 50, "1.00")),
                DAY);

        assertThat(r.differences())
                .extracting(FillDifference::kind, FillDifference::correlationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FillDifference.Kind.MISSING_IN_STORE, "v4-7-0E1"),
                        org.assertj.core.groups.Tuple.tuple(FillDifference.Kind.MISSING_IN_STORE, "v4-8-2X1"));
        assertThat(r.foreignTrades()).isEqualTo(1);
    }

    @Test
    void test_reconcile_matchesByBrokerOrderId_whenTheTagDiffers() {
        StoredFill s = stored("v4-7-0E1", 500, "12.35", MORNING);

        Reconciliation r =
                FillReconciler.reconcile(List.of(s), List.of(fill("T1", "B-v4-7-0E1", "v4-7-0E2", 500, "12.35")), DAY);

        assertThat(r.consistent()).isTrue();
    }
}
