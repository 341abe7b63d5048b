package io.optionsv4.marketdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.instrument.UnderlyingKind;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.standard();

    /** Jan-2020 lots quoted in data/README.md section 1, plus the Aug-2026 lots of its section 4. */
    @ParameterizedTest
    @CsvSource({
        "NIFTY, 2020-01-15, 75",
        "BANKNIFTY, 2020-01-15, 20",
        "RELIANCE, 2020-01-15, 500",
        "TCS, 2020-01-15, 250",
        "INFY, 2020-01-15, 1200",
        "HDFCBANK, 2020-01-15, 500",
        "SBIN, 2020-01-15, 3000",
        "BHARTIARTL, 2020-01-15, 1851",
        "NIFTY, 2026-08-10, 65",
        "BANKNIFTY, 2026-08-10, 30",
        "RELIANCE, 2026-08-10, 500",
        "INFY, 2026-08-10, 400",
        "TCS, 2026-08-10, 225",
        "SBIN, 2026-08-10, 750",
        "HDFCBANK, 2026-08-10, 650",
        "INFY, 2026-01-01, 400"
    })
    void test_lotSize_knownDates(String symbol, LocalDate asOf, int units) {
        assertThat(DATA.lotSize(symbol, asOf).unitsPerLot()).isEqualTo(units);
    }

    @Test
    void test_lotSize_nearMonthRollsAfterExpiry() {
        assertThat(DATA.lotSize("NIFTY", LocalDate.of(2020, 1, 31)).firstContractMonth())
                .isEqualTo(YearMonth.of(2020, 1));
        assertThat(DATA.lotSize("NIFTY", LocalDate.of(2020, 1, 31)).appliesTo(YearMonth.of(2020, 2)))
                .isTrue();
        assertThat(DATA.lotSize("NIFTY", LocalDate.of(2026, 8, 10)).toUnits(-2)).isEqualTo(-130);
    }

    @Test
    void test_lotSizeForContract_contractKeepsLotOfItsMonth() {
        // RELIANCE's lot was adjusted to 505 for its 2020 rights issue; its Jan-2020 contracts were 500.
        assertThat(DATA.lotSizeForContract("RELIANCE", YearMonth.of(2020, 1)).unitsPerLot())
                .isEqualTo(500);
        assertThat(DATA.lotSizeForContract("RELIANCE", YearMonth.of(2020, 7)).unitsPerLot())
                .isEqualTo(505);
    }

    @Test
    void test_lotSize_uncoveredDateThrowsNamingSymbolAndDate() {
        assertThatThrownBy(() -> DATA.lotSize("NIFTY", LocalDate.of(2022, 5, 2)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("NIFTY")
                .hasMessageContaining("2022-05-02")
                .hasMessageContaining("2020-01..2020-03");
        assertThatThrownBy(() -> DATA.lotSizeForContract("INFY", YearMonth.of(2026, 5)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("INFY contracts of 2026-05");
    }

    @Test
    void test_underlying_unknownSymbolThrows() {
        assertThat(DATA.findUnderlying("NOSUCHCO")).isEmpty();
        assertThatThrownBy(() -> DATA.underlying("NOSUCHCO"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("NOSUCHCO");
        assertThatThrownBy(() -> DATA.lotSize("NOSUCHCO", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("NOSUCHCO");
    }

    @Test
    void test_underlying_industriesAndSectors() {
        Underlying reliance = DATA.underlying(" reliance ");
        assertThat(reliance.name()).isEqualTo("Reliance Industries Ltd.");
        assertThat(reliance.kind()).isEqualTo(UnderlyingKind.STOCK);
        assertThat(reliance.sector()).isEqualTo("Oil Gas & Consumable Fuels");
        assertThat(DATA.underlying("INFY").sector()).isEqualTo("Information Technology");
        assertThat(DATA.underlying("HDFCBANK").sector()).isEqualTo("Financial Services");
        // HDFC merged into HDFCBANK in 2023: only the 2019 list has it, with the old label mapped to a sector.
        Underlying hdfc = DATA.underlying("HDFC");
        assertThat(hdfc.industry()).isEqualTo("FINANCIAL SERVICES");
        assertThat(hdfc.sector()).isEqualTo("Financial Services");
        assertThat(DATA.underlying("SUNPHARMA").sector()).isEqualTo("Healthcare");
    }

    @Test
    void test_underlying_indices() {
        for (String index : new String[] {"NIFTY", "BANKNIFTY", "FINNIFTY", "INDIA VIX"}) {
            assertThat(DATA.underlying(index).kind()).as(index).isEqualTo(UnderlyingKind.INDEX);
        }
        assertThat(DATA.underlying("NIFTY").name()).isEqualTo("NIFTY 50");
        assertThat(DATA.underlying("india vix").symbol()).isEqualTo("INDIA VIX");
    }

    @Test
    void test_fnoUniverse_jan2020AndJan2026() {
        assertThat(DATA.fnoUniverse(LocalDate.of(2020, 1, 1)))
                .hasSize(147)
                .extracting(Underlying::symbol)
                .contains("NIFTY", "BANKNIFTY", "NIFTYIT", "HDFC", "INFRATEL")
                .doesNotContain("FINNIFTY", "INDIA VIX");
        assertThat(DATA.fnoUniverse(LocalDate.of(2026, 1, 1)))
                .hasSize(213)
                .extracting(Underlying::symbol)
                .contains("NIFTY", "FINNIFTY", "MIDCPNIFTY", "NIFTYNXT50", "IRCTC");
        assertThat(DATA.fnoUniverse(LocalDate.of(2023, 6, 1))).isEmpty();
    }

    @Test
    void test_strikeStep_latestObservationOnOrBeforeAsOf() {
        assertThat(DATA.strikeStep("NIFTY", LocalDate.of(2020, 6, 1)).step()).isEqualTo(50.0);
        assertThat(DATA.strikeStep("BANKNIFTY", LocalDate.of(2026, 8, 3)).step())
                .isEqualTo(100.0);
        StrikeStep reliance = DATA.strikeStep("RELIANCE", LocalDate.of(2026, 8, 3));
        assertThat(reliance.step()).isEqualTo(10.0);
        assertThat(reliance.observedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> DATA.strikeStep("NIFTY", LocalDate.of(2019, 12, 31)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("2019-12-31");
    }

    @Test
    void test_optionTickSize_fivePaise() {
        assertThat(DATA.optionTickSize("NIFTY")).isEqualTo(0.05);
        assertThat(DATA.optionTickSize("RELIANCE")).isEqualTo(ReferenceData.OPTION_TICK_SIZE);
    }

    @Test
    void test_standard_loadedOnce() {
        assertThat(ReferenceData.standard()).isSameAs(DATA);
        assertThat(DATA.underlyings()).hasSizeGreaterThan(260);
    }
}
