package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.AllocationCandidate;
import io.optionsv4.core.allocation.AllocationRequest;
import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.BetaEstimator;
import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.PortfolioAllocator;
import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.engine.paper.PaperLiquidity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code allocate} operation: reads the stored strategies of an analysis with the industry weights and market
 * state, builds the allocator's candidates ({@link CandidateFactory}) and runs {@link PortfolioAllocator} with the
 * NSE basket margin. Deterministic for the same stored inputs. Open positions are none until execution exists; the
 * request carries the empty list.
 */
public final class AllocationService {

    /** The industry the store reports for a symbol it has no reference row for. */
    public static final String UNCLASSIFIED = "Unclassified";

    private final AllocationStore store;
    private final ReferenceStore reference;
    private final MarketConditionsStore conditions;
    private final MarketData marketData;
    private final AllocationSettings settings;
    private final Map<String, String> industryOf;

    /**
     * Creates the service.
     *
     * @param store the stored strategies and where allocations go
     * @param reference the industry weights
     * @param conditions the stored market state
     * @param marketData the daily closes beta is estimated from
     * @param settings the allocator's settings
     * @param industryOf the industry of each symbol from reference data, used where {@code stock_data} has none
     */
    public AllocationService(
            AllocationStore store,
            ReferenceStore reference,
            MarketConditionsStore conditions,
            MarketData marketData,
            AllocationSettings settings,
            Map<String, String> industryOf) {
        this.industryOf = Map.copyOf(Checks.notNull(industryOf, "industryOf"));
        this.store = Checks.notNull(store, "store");
        this.reference = Checks.notNull(reference, "reference");
        this.conditions = Checks.notNull(conditions, "conditions");
        this.marketData = Checks.notNull(marketData, "marketData");
        this.settings = Checks.notNull(settings, "settings");
    }

    /**
     * Allocates {@code capital} rupees under {@code risk} from the analysis of {@code date} (the latest when empty).
     * Stores nothing.
     *
     * @throws NothingToAllocateException when no analysis is stored for the date or it holds no usable strategy
     * @throws IllegalArgumentException when the capital is not positive or the industry weights sum to over 100 %
     */
    public AllocationRun allocate(Optional<LocalDate> date, double capital, RiskTolerance risk) {
        Checks.positive(capital, "capital");
        Checks.notNull(risk, "risk");
        LocalDate day = date.or(store::latestAnalysisDate)
                .orElseThrow(() -> new NothingToAllocateException("no analysis is stored; run options-v4 analyze"));
        List<StoredStrategy> stored =
                store.strategies(day).stream().map(this::classified).toList();
        if (stored.isEmpty()) {
            throw new NothingToAllocateException("no analysis is stored for " + day + "; run options-v4 analyze");
        }
        List<IndustryAllocation> industries = industries();
        List<String> warnings = new ArrayList<>();
        MarketState state = conditions
                .find(day)
                .map(StoredMarketConditions::state)
                .orElseGet(() -> {
                    warnings.add("no market conditions stored for " + day + "; NEUTRAL_NORMAL_VIX preferences used");
                    return MarketState.NEUTRAL_NORMAL_VIX;
                });
        Map<String, BetaEstimator.Beta> betas = new Betas(marketData, day).of(stored, warnings);
        Map<StrategyId, StrategyLegs> legs = new LinkedHashMap<>();
        Map<StrategyId, StoredStrategy> byId = new LinkedHashMap<>();
        List<AllocationCandidate> candidates = new ArrayList<>();
        NseBasketMargin margin = new NseBasketMargin(MarginCalculator.NSE, legsOf(stored, day, legs), day);
        CandidateFactory factory = new CandidateFactory(margin);
        LegLiquidity liquidity = new LegLiquidity(marketData, day, PaperLiquidity.DEFAULT);
        for (StoredStrategy s : stored) {
            byId.put(s.id(), s);
            candidates.add(
                    factory.candidate(s, legs.get(s.id()), betas.get(s.symbol()).beta(), liquidity.lots(s, warnings)));
        }
        AllocationRequest request =
                new AllocationRequest(candidates, industries, state, capital, risk, List.of(), settings);
        Allocation allocation = new PortfolioAllocator(margin).allocate(request);
        return new AllocationRun(day, request, allocation, byId, betas, warnings);
    }

    private StoredStrategy classified(StoredStrategy s) {
        String industry = industryOf.get(s.symbol());
        if (!UNCLASSIFIED.equals(s.industry()) || industry == null) {
            return s;
        }
        return new StoredStrategy(
                s.id(),
                s.symbol(),
                industry,
                s.strategyName(),
                s.spot(),
                s.conviction(),
                s.totalScore(),
                s.lotSize(),
                s.outcomes(),
                s.legs());
    }

    private Map<StrategyId, StrategyLegs> legsOf(
            List<StoredStrategy> stored, LocalDate day, Map<StrategyId, StrategyLegs> into) {
        for (StoredStrategy s : stored) {
            int lotSize = s.lotSize()
                    .orElseThrow(() -> new NothingToAllocateException("strategy " + s.id().value() + " (" + s.symbol()
                            + " " + s.strategyName() + ") has no capital figure: it was stored before plan outcomes"
                            + " were kept; re-run options-v4 analyze for " + day));
            into.put(s.id(), StrategyLegs.of(s, lotSize, day, settings.riskFreeRate()));
        }
        return into;
    }

    private List<IndustryAllocation> industries() {
        List<IndustryAllocation> industries = reference.industryAllocations();
        BigDecimal total =
                industries.stream().map(IndustryAllocation::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Each weight is stored rounded to 4 decimals (numeric(7, 4)), so derived weights that sum to 100 % may read
        // back up to half a unit of the last place per row above it: that is rounding, not an over-weight table.
        BigDecimal rounding = new BigDecimal("0.00005").multiply(BigDecimal.valueOf(industries.size()));
        if (total.compareTo(BigDecimal.valueOf(100).add(rounding)) > 0) {
            throw new IllegalArgumentException("the industry weights in industry_allocations_current sum to "
                    + total.stripTrailingZeros().toPlainString()
                    + " %, more than 100 %; fix them with options-v4 data import-industry-allocations");
        }
        return industries;
    }

    /** Stores {@code run} and marks its strategies ALLOCATED with their lots; returns the allocation's id. */
    public long save(AllocationRun run) {
        return store.save(StoredAllocations.of(run));
    }
}
