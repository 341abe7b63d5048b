package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.PositionType;
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

/** The in-memory reference store, on the cases {@code JdbiReferenceStoreIT} runs on PostgreSQL. */
class MemoryReferenceStoreTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 3);

    private MemoryReferenceStore store;

    @BeforeEach
    void open() {
        store = new MemoryReferenceStore(new MemoryBooks());
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

    private static IndustryAllocation allocation(
            String industry, String weight, PositionType type, OptionalDouble strength) {
        return new IndustryAllocation(
                industry, new BigDecimal(weight), type, strength, IndustryAllocation.Source.DERIVED, DAY);
    }
}
