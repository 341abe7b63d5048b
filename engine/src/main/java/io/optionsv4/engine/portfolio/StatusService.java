package io.optionsv4.engine.portfolio;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.portfolio.ClosingPrice;
import io.optionsv4.core.portfolio.CurrentPrice;
import io.optionsv4.core.portfolio.Performance;
import io.optionsv4.core.portfolio.PortfolioStore;
import io.optionsv4.core.portfolio.PositionValuer;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.portfolio.StrategyPosition;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.engine.allocation.AllocationService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code status} operation: reads the tracked strategies and their traded legs, prices every open leg on the
 * market data as of a date ({@link ClosingPrice}: what closing would get, and the mid; a contract that expired before
 * the date settles at its intrinsic value on the underlying's close of the expiry day), values the positions
 * ({@link PositionValuer}) and computes the performance. One option chain is read per underlying and expiry. A leg the
 * market data cannot price is reported unpriced with the reason; it never fails the whole status.
 */
public final class StatusService {

    private final PortfolioStore store;
    private final MarketData marketData;
    private final ExecutablePrices prices;
    private final PositionValuer valuer;
    private final Map<String, String> industryOf;

    /**
     * Creates the service.
     *
     * @param store the tracked strategies and trades
     * @param marketData where current prices come from
     * @param prices the executable-price rule (the analysis' spread model and slippage)
     * @param costs the cost stack for the estimated exit costs
     * @param industryOf the industry of each symbol from reference data, used where the store has none
     */
    public StatusService(
            PortfolioStore store,
            MarketData marketData,
            ExecutablePrices prices,
            CostCalculator costs,
            Map<String, String> industryOf) {
        this.store = Checks.notNull(store, "store");
        this.marketData = Checks.notNull(marketData, "marketData");
        this.prices = Checks.notNull(prices, "prices");
        this.valuer = new PositionValuer(Checks.notNull(costs, "costs"));
        this.industryOf = Map.copyOf(Checks.notNull(industryOf, "industryOf"));
    }

    /** Returns the status as of {@code asOf}. */
    public StatusReport status(LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        List<TrackedStrategy> strategies = store.trackedStrategies().stream()
                .map(s -> s.industry().equals(AllocationService.UNCLASSIFIED) && industryOf.containsKey(s.symbol())
                        ? s.withIndustry(industryOf.get(s.symbol()))
                        : s)
                .toList();
        Map<StrategyId, List<TradeLeg>> legs = new LinkedHashMap<>();
        store.trades()
                .forEach(t -> legs.computeIfAbsent(t.strategyId(), k -> new ArrayList<>())
                        .add(t));
        Pricer pricer = new Pricer(asOf);
        List<StrategyPosition> positions = new ArrayList<>();
        List<StrategyOutcome> outcomes = new ArrayList<>();
        for (TrackedStrategy s : strategies) {
            List<TradeLeg> traded = legs.getOrDefault(s.id(), List.of());
            if (traded.isEmpty()) {
                continue;
            }
            List<TradeLeg> open = traded.stream().filter(TradeLeg::open).toList();
            Optional<StrategyPosition> position =
                    open.isEmpty() ? Optional.empty() : Optional.of(valuer.value(s, open, pricer::price, asOf));
            position.ifPresent(positions::add);
            outcomes.add(new StrategyOutcome(s, traded, position, asOf));
        }
        return new StatusReport(asOf, strategies, positions, outcomes, Performance.of(outcomes));
    }

    /** Prices legs for one status, reading each chain (or expiry-day close) once. */
    private final class Pricer {
        private final LocalDate asOf;
        private final Map<String, Source> sources = new HashMap<>();

        Pricer(LocalDate asOf) {
            this.asOf = asOf;
        }

        CurrentPrice price(TradeLeg leg) {
            String symbol = leg.contract().symbol();
            LocalDate expiry = leg.contract().expiry();
            return switch (sources.computeIfAbsent(symbol + " " + expiry, k -> read(symbol, expiry))) {
                case Source.Chain c -> ClosingPrice.of(c.chain(), leg, prices);
                case Source.ExpiryClose e ->
                    new CurrentPrice.Settled(
                            e.spot(),
                            leg.contract()
                                    .right()
                                    .intrinsic(e.spot(), leg.contract().strike().rupees()));
                case Source.Missing m -> new CurrentPrice.Unavailable(m.reason());
            };
        }

        private Source read(String symbol, LocalDate expiry) {
            try {
                if (expiry.isBefore(asOf)) {
                    return new Source.ExpiryClose(
                            marketData.quote(symbol, expiry).close());
                }
                return new Source.Chain(marketData.optionChain(symbol, expiry, asOf));
            } catch (MarketDataException e) {
                return new Source.Missing(Optional.ofNullable(e.getMessage())
                        .filter(m -> !m.isBlank())
                        .orElse("no market data for " + symbol + " " + expiry));
            }
        }
    }

    /** Where the legs of one underlying and expiry are priced from. */
    private sealed interface Source {
        record Chain(OptionChain chain) implements Source {}

        record ExpiryClose(double spot) implements Source {}

        record Missing(String reason) implements Source {}
    }
}
