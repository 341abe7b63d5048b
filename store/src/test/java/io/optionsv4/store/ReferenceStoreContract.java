package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.PositionType;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.allocation.SectorAllocation;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.result.StoreException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReferenceStore} must do, run on each implementation: the PostgreSQL store ({@code
 * JdbiReferenceStoreIT}) and the in-memory one ({@code MemoryReferenceStoreTest}) answer the same inputs alike.
 */
public abstract class ReferenceStoreContract {

    protected static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    /** The store under test, fresh for each test. */
    protected ReferenceStore store;

    /** Returns a fresh, empty store. */
    protected abstract ReferenceStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    void test_stocks_upsert() {
        Underlying reliance = new Underlying(
                "RELIANCE", "Reliance Industries", UnderlyingKind.STOCK, "Oil Gas & Consumable Fuels", "Energy");

        store.storeStocks(List.of(reliance));
        store.storeStocks(List.of(reliance));

        assertThat(store.stockCount()).isEqualTo(1);
    }

    @Test
    void test_industryAllocations_roundTripAndReplace() {
        List<IndustryAllocation> derived = List.of(
                allocation("Banks", "61.2345", PositionType.LONG, OptionalDouble.of(0.0321)),
                allocation("IT", "38.7655", PositionType.SHORT, OptionalDouble.of(-0.0203)));
        store.replaceIndustryAllocations(derived);
        assertThat(store.industryAllocations()).isEqualTo(derived);

        List<IndustryAllocation> imported = List.of(new IndustryAllocation(
                "Power",
                new BigDecimal("100"),
                PositionType.LONG,
                OptionalDouble.empty(),
                IndustryAllocation.Source.IMPORTED,
                DAY));
        store.replaceIndustryAllocations(imported);
        assertThat(store.industryAllocations()).isEqualTo(imported);
    }

    @Test
    void test_sectorAllocations_roundTrip() {
        List<SectorAllocation> sectors = List.of(
                new SectorAllocation("Financials", new BigDecimal("70.5"), PositionType.SHORT, DAY),
                new SectorAllocation("Technology", new BigDecimal("20"), PositionType.LONG, DAY));

        store.replaceSectorAllocations(sectors);

        assertThat(store.sectorAllocations()).isEqualTo(sectors);
    }

    @Test
    void test_industryAllocations_failedReplaceKeepsTheOldRows() {
        List<IndustryAllocation> old = List.of(allocation("Banks", "10", PositionType.LONG, OptionalDouble.empty()));
        store.replaceIndustryAllocations(old);
        List<IndustryAllocation> clash = List.of(
                allocation("IT", "10", PositionType.LONG, OptionalDouble.empty()),
                allocation("IT", "20", PositionType.LONG, OptionalDouble.empty()));

        assertThatThrownBy(() -> store.replaceIndustryAllocations(clash))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("industry_allocations_current");
        assertThat(store.industryAllocations()).isEqualTo(old);
    }

    protected static IndustryAllocation allocation(
            String industry, String weight, PositionType type, OptionalDouble strength) {
        return new IndustryAllocation(
                industry, new BigDecimal(weight), type, strength, IndustryAllocation.Source.DERIVED, DAY);
    }
}
