package io.optionsv4.engine.monitor;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.ExitDecision;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.LegState;
import io.optionsv4.core.exit.PositionState;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.exit.Urgency;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The open strategies marked tick by tick. Each tick updates its instrument's quote and re-evaluates only the
 * strategies holding that instrument (or its underlying); {@link #sweep} re-evaluates all of them (time exits, stale
 * quotes). A decision reaches the {@link DecisionListener} when a strategy's primary action changes.
 *
 * <p>Marks: a long leg closes at the bid, a short leg at the ask; a quote without a book (an index) counts its last
 * price as both. The P&amp;L compared with the plan is net: entry costs booked plus the estimated costs of closing now.
 * Greeks come from Black–Scholes–Merton at each leg's entry implied volatility and the underlying's last price.
 *
 * <p>Not thread-safe: one feed thread calls {@link #onTick}, {@link #sweep}, {@link #add} and {@link #remove}.
 */
public final class LiveBook {

    private final CostCalculator costs;
    private final TradingDays tradingDays;
    private final ExitEvaluator evaluator;
    private final double rate;
    private final DecisionListener listener;

    private final Map<FeedInstrument, Integer> instrumentIndex = new HashMap<>();
    private final List<FeedInstrument> instrumentsByIndex = new ArrayList<>();
    private double[] bid = new double[64];
    private double[] ask = new double[64];
    private double[] last = new double[64];
    private long[] timeMillis = new long[64];
    private final List<List<Integer>> holders = new ArrayList<>();

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Integer> entryById = new HashMap<>();
    private final Map<Long, Double> raisedPeaks = new HashMap<>();

    /**
     * Creates an empty book.
     *
     * @param costs the cost stack, for the costs of closing
     * @param tradingDays the trading calendar
     * @param evaluator the exit rules
     * @param rate the risk-free rate for the Greeks (annual, continuous)
     * @param listener receives decisions
     */
    public LiveBook(
            CostCalculator costs,
            TradingDays tradingDays,
            ExitEvaluator evaluator,
            double rate,
            DecisionListener listener) {
        this.costs = Checks.notNull(costs, "costs");
        this.tradingDays = Checks.notNull(tradingDays, "tradingDays");
        this.evaluator = Checks.notNull(evaluator, "evaluator");
        this.rate = Checks.finite(rate, "rate");
        this.listener = Checks.notNull(listener, "listener");
    }

    /** Adds (or replaces) a strategy; returns the instruments it needs that the book did not watch before. */
    public Set<FeedInstrument> add(OpenStrategy strategy) {
        Checks.notNull(strategy, "strategy");
        remove(strategy.strategyId());
        Set<FeedInstrument> fresh = new LinkedHashSet<>();
        int[] legIndexes = new int[strategy.legs().size()];
        for (int i = 0; i < legIndexes.length; i++) {
            legIndexes[i] = index(strategy.legs().get(i).instrument(), fresh);
        }
        int spot = index(new FeedInstrument.Spot(strategy.symbol()), fresh);
        Entry entry = new Entry(strategy, legIndexes, spot);
        int slot = entries.indexOf(null);
        if (slot < 0) {
            slot = entries.size();
            entries.add(entry);
        } else {
            entries.set(slot, entry);
        }
        entryById.put(strategy.strategyId(), slot);
        for (int leg : legIndexes) {
            holders.get(leg).add(slot);
        }
        holders.get(spot).add(slot);
        return fresh;
    }

    /** Removes a strategy (closed elsewhere); unknown ids are ignored. */
    public void remove(long strategyId) {
        Integer slot = entryById.remove(strategyId);
        if (slot == null) {
            return;
        }
        for (List<Integer> list : holders) {
            list.remove(slot);
        }
        entries.set(slot, null);
    }

    /**
     * Returns the strategies whose peak net P&amp;L (rupees) rose since the last call, with the new peak, and forgets
     * them: what a {@link io.optionsv4.core.exit.PeakPnlStore} should keep.
     */
    public Map<Long, Double> raisedPeaks() {
        Map<Long, Double> raised = Map.copyOf(raisedPeaks);
        raisedPeaks.clear();
        return raised;
    }

    /** Returns every instrument the book watches: the legs and the underlyings. */
    public Set<FeedInstrument> instruments() {
        return Set.copyOf(instrumentsByIndex);
    }

    /** Returns the strategies in the book. */
    public List<OpenStrategy> strategies() {
        return entries.stream().filter(Objects::nonNull).map(e -> e.strategy).toList();
    }

    /** Updates the tick's instrument and re-evaluates the strategies holding it; unknown instruments are ignored. */
    public void onTick(Tick tick) {
        Integer index = instrumentIndex.get(tick.instrument());
        if (index == null) {
            return;
        }
        int i = index;
        double lastPrice = tick.last();
        Optional<BidAsk> book = tick.bidAsk();
        bid[i] = book.isPresent() ? book.get().bid() : lastPrice;
        ask[i] = book.isPresent() ? book.get().ask() : lastPrice;
        last[i] = lastPrice;
        timeMillis[i] = tick.time().toEpochMilli();
        List<Integer> held = holders.get(i);
        for (int h = 0; h < held.size(); h++) {
            evaluate(held.get(h), tick.time());
        }
    }

    /** Re-evaluates every strategy at {@code now}: time exits and stale quotes need no tick to be noticed. */
    public void sweep(Instant now) {
        for (int slot = 0; slot < entries.size(); slot++) {
            if (entries.get(slot) != null) {
                evaluate(slot, now);
            }
        }
    }

    /** Returns the strategy's mark at {@code now}, empty while a quote is missing or for an unknown id. */
    public Optional<StrategyMark> mark(long strategyId, Instant now) {
        Integer slot = entryById.get(strategyId);
        return slot == null ? Optional.empty() : Optional.ofNullable(mark(entries.get(slot), now));
    }

    /** Returns the last decision announced for the strategy, if any. */
    public Optional<ExitDecision> lastDecision(long strategyId) {
        Integer slot = entryById.get(strategyId);
        return slot == null ? Optional.empty() : Optional.ofNullable(entries.get(slot).lastDecision);
    }

    private int index(FeedInstrument instrument, Set<FeedInstrument> fresh) {
        Integer known = instrumentIndex.get(instrument);
        if (known != null) {
            return known;
        }
        int index = instrumentsByIndex.size();
        instrumentsByIndex.add(instrument);
        instrumentIndex.put(instrument, index);
        holders.add(new ArrayList<>(2));
        if (index == bid.length) {
            int size = bid.length * 2;
            bid = Arrays.copyOf(bid, size);
            ask = Arrays.copyOf(ask, size);
            last = Arrays.copyOf(last, size);
            timeMillis = Arrays.copyOf(timeMillis, size);
        }
        fresh.add(instrument);
        return index;
    }

    private void evaluate(int slot, Instant now) {
        Entry entry = entries.get(slot);
        StrategyMark mark = mark(entry, now);
        ExitDecision decision;
        if (mark == null) {
            decision = new ExitDecision(List.of(ExitAction.monitor(
                    Urgency.MEDIUM,
                    "WAITING_FOR_QUOTES",
                    "waiting for the first quote of every leg and the underlying")));
        } else {
            if (mark.netPnlRupees() > entry.peak) {
                entry.peak = mark.netPnlRupees();
                raisedPeaks.put(entry.strategy.strategyId(), entry.peak);
            }
            decision = evaluator.evaluate(state(entry, mark), entry.strategy.rules());
        }
        ExitAction primary = decision.primary();
        ExitAction previous = entry.lastDecision == null ? null : entry.lastDecision.primary();
        entry.lastDecision = decision;
        if (previous == null
                || previous.kind() != primary.kind()
                || !previous.rule().equals(primary.rule())
                || previous.fraction() != primary.fraction()) {
            listener.onDecision(entry.strategy, mark, decision);
        }
    }

    private PositionState state(Entry entry, StrategyMark mark) {
        OpenStrategy s = entry.strategy;
        LocalDate today = mark.time().atZone(TimeToExpiry.ZONE).toLocalDate();
        if (!today.equals(entry.day)) {
            LocalDate expiry = s.nearestExpiry();
            entry.day = today;
            entry.daysToExpiry = (int) Math.max(0, ChronoUnit.DAYS.between(today, expiry));
            entry.heldDays = today.isAfter(s.entryDate()) ? tradingDays.between(s.entryDate(), today) : 0;
            entry.toExpiryDays = expiry.isAfter(today) ? tradingDays.between(today, expiry) : 0;
            List<LegState> legs = new ArrayList<>(s.legs().size());
            for (OpenLeg leg : s.legs()) {
                legs.add(new LegState(
                        leg.side(),
                        leg.instrument().right(),
                        leg.instrument().strike(),
                        leg.physicallySettled(),
                        leg.description()));
            }
            entry.legStates = List.copyOf(legs);
        }
        return new PositionState(
                today,
                s.entryDate(),
                s.nearestExpiry(),
                entry.daysToExpiry,
                entry.heldDays,
                entry.toExpiryDays,
                mark.netPnlRupees(),
                Math.max(entry.peak, mark.netPnlRupees()),
                s.closedFraction(),
                mark.underlyingPrice(),
                mark.greeks(),
                entry.legStates,
                mark.quoteAge(),
                s.actedRules());
    }

    private StrategyMark mark(Entry entry, Instant now) {
        OpenStrategy s = entry.strategy;
        if (timeMillis[entry.spot] == 0) {
            return null;
        }
        long oldest = timeMillis[entry.spot];
        long newest = oldest;
        double gross = 0;
        double mid = 0;
        double exitCosts = 0;
        double delta = 0;
        double gamma = 0;
        double vega = 0;
        double spot = last[entry.spot];
        LocalDate today = now.atZone(TimeToExpiry.ZONE).toLocalDate();
        for (int i = 0; i < entry.legs.length; i++) {
            int index = entry.legs[i];
            if (timeMillis[index] == 0) {
                return null;
            }
            oldest = Math.min(oldest, timeMillis[index]);
            newest = Math.max(newest, timeMillis[index]);
            OpenLeg leg = s.legs().get(i);
            int sign = leg.side().sign();
            double close = leg.side() == Side.BUY ? bid[index] : ask[index];
            double middle = (bid[index] + ask[index]) / 2;
            gross += sign * (close - leg.entryPrice()) * leg.quantity();
            mid += sign * (middle - leg.entryPrice()) * leg.quantity();
            exitCosts += costs.order(new OptionOrder(today, leg.side().opposite(), close, leg.quantity()))
                    .total()
                    .rupees();
            double years = TimeToExpiry.years(now, leg.instrument().expiry());
            if (years > 0) {
                Greeks g = BlackScholesMerton.greeks(
                        leg.instrument().right(), spot, leg.instrument().strike(), years, leg.impliedVol(), rate, 0.0);
                double units = sign * (double) leg.quantity();
                delta += units * g.delta();
                gamma += units * g.gamma();
                vega += units * g.vega();
            }
        }
        double realised = s.realisedRupees();
        Instant time = Instant.ofEpochMilli(newest);
        Duration age = Duration.ofMillis(Math.max(0, now.toEpochMilli() - oldest));
        return new StrategyMark(
                s.strategyId(),
                time.isAfter(now) ? time : now,
                gross + realised,
                gross + realised - s.entryCostsRupees() - exitCosts,
                mid + realised,
                exitCosts,
                spot,
                new PositionState.NetGreeks(delta, gamma, vega),
                age);
    }

    /** A strategy with its instrument indexes and the state the book keeps for it. */
    private static final class Entry {
        final OpenStrategy strategy;
        final int[] legs;
        final int spot;
        double peak;
        ExitDecision lastDecision;
        LocalDate day;
        int daysToExpiry;
        int heldDays;
        int toExpiryDays;
        List<LegState> legStates;

        Entry(OpenStrategy strategy, int[] legs, int spot) {
            this.strategy = strategy;
            this.legs = legs;
            this.spot = spot;
            this.peak = strategy.peakPnlRupees();
        }
    }
}
