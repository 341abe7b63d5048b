package io.optionsv4.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.CurrentPrice;
import io.optionsv4.core.portfolio.LegExit;
import io.optionsv4.core.portfolio.PortfolioStore;
import io.optionsv4.core.portfolio.StrategyPosition;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.engine.allocation.AllocationService;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link StatusService} over the simulated market (seed 7) as of 20 Nov 2026 and a book held in memory. */
class StatusServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final Instant ENTERED = Instant.parse("2026-11-16T04:30:00Z");
    private static final SimulatedMarketData SIM = new SimulatedMarketData(7);

    /** The book as plain lists: what the store would read. */
    private record Book(List<TrackedStrategy> trackedStrategies, List<TradeLeg> trades) implements PortfolioStore {}

    private static TrackedStrategy strategy(long id, String symbol) {
        return new TrackedStrategy(
                new StrategyId(id),
                AS_OF.minusDays(5),
                symbol,
                "Long Call",
                AllocationService.UNCLASSIFIED,
                Conviction.HIGH,
                Optional.empty());
    }

    private static TradeLeg call(
            long strategy, String symbol, double strike, LocalDate expiry, Optional<LegExit> exit) {
        return new TradeLeg(
                strategy * 10,
                new StrategyId(strategy),
                0,
                new OptionInstrument(symbol, Right.CALL, Money.ofRupees(strike, RoundingMode.HALF_UP), expiry),
                Side.BUY,
                1,
                500,
                Money.ofWholeRupees(10),
                Money.ofWholeRupees(25),
                ENTERED,
                exit);
    }

    private static StatusService service(PortfolioStore book) {
        return new StatusService(
                book, SIM, ExecutablePrices.DEFAULT, CostCalculator.nseDhan(), Map.of("RELIANCE", "Refineries"));
    }

    @Test
    void test_status_pricesOpenLegsOnTheChain_settlesExpiredOnes_andReportsWhatItCannotPrice() {
        LocalDate expiry = SIM.expiries("RELIANCE", AS_OF).get(0).date();
        OptionChain chain = SIM.optionChain("RELIANCE", expiry, AS_OF);
        double strike = chain.atmStrike().orElseThrow();
        LocalDate expired = LocalDate.of(2026, 10, 27);
        Book book = new Book(
                List.of(strategy(1, "RELIANCE"), strategy(2, "RELIANCE"), strategy(3, "NOSUCH"), strategy(4, "TCS")),
                List.of(
                        call(1, "RELIANCE", strike, expiry, Optional.empty()),
                        call(2, "RELIANCE", 1_000, expired, Optional.empty()),
                        call(3, "NOSUCH", 100, expiry, Optional.empty()),
                        call(4, "TCS", 3_000, expiry, Optional.of(new LegExit(Money.ofWholeRupees(12), ENTERED)))));

        StatusReport report = service(book).status(AS_OF);

        assertThat(report.positions())
                .extracting(p -> p.strategy().id().value())
                .containsExactly(1L, 2L, 3L);
        BidAsk quote = chain.quote(strike, Right.CALL).orElseThrow().bidAsk().orElseThrow();
        assertThat(price(report.positions().get(0)))
                .isEqualTo(
                        new CurrentPrice.Quoted((quote.bid() + quote.ask()) / 2, quote.bid(), CurrentPrice.Basis.BOOK));
        double spot = SIM.quote("RELIANCE", expired).close();
        assertThat(price(report.positions().get(1)))
                .isEqualTo(new CurrentPrice.Settled(spot, Math.max(0, spot - 1_000)));
        assertThat(price(report.positions().get(2))).isInstanceOf(CurrentPrice.Unavailable.class);
        assertThat(report.outcomes()).hasSize(4);
        assertThat(report.outcomes().get(3).closed()).isTrue();
        assertThat(report.performance().total().unpriced()).isEqualTo(1);
        assertThat(report.performance().total().realizedGross()).isEqualTo(Money.ofWholeRupees(1_000));
    }

    @Test
    void test_status_industryFromReferenceData_whereTheStoreHasNone() {
        Book book = new Book(List.of(strategy(1, "RELIANCE"), strategy(2, "NOSUCH")), List.of());

        StatusReport report = service(book).status(AS_OF);

        assertThat(report.strategies())
                .extracting(TrackedStrategy::industry)
                .containsExactly("Refineries", AllocationService.UNCLASSIFIED);
        assertThat(report.nothingTraded()).isTrue();
        assertThat(report.empty()).isFalse();
    }

    private static CurrentPrice price(StrategyPosition p) {
        return p.legs().get(0).price();
    }
}
