package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.MarketFeed;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.market.TickListener;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulated market's intraday {@link MarketFeed}, driven by an injected {@link Clock}: nothing happens until
 * {@link #publishDue()} is called, which delivers, in time order, every tick due on the grid of {@code interval} from
 * the 09:15 IST open to the 15:30 close of each session between the previous call (or the feed's creation) and the
 * clock's instant. Tests advance their clock and call it; a live loop calls it on a timer. No thread sleeps here.
 *
 * <p>Prices: an underlying follows its session's {@code IntradayPath} (open at 09:15, the day's high and low, the close
 * at 15:30, on the tick grid); an option is priced by Black-76 at the intraday spot, the time left to its 15:30 expiry
 * and the session's smile, with the chain's bid-ask model, so at 15:30 its mid equals the chain's settlement price.
 * Indices have no bid and ask; stocks quote one tick either side. Ticks depend only on (seed, instrument, instant).
 * Thread-safe.
 */
public final class SimulatedMarketFeed implements MarketFeed {

    /** The default tick interval: one minute. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private static final double SPOT_TICK = 0.05;
    private static final double INDEX_TICK = 0.01;
    private static final Comparator<FeedInstrument> ORDER = Comparator.comparing(FeedInstrument::toString);

    private final SimulatedMarketData market;
    private final Clock clock;
    private final Duration interval;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final BoundedCache<String, IntradayPath> intraday = new BoundedCache<>(512);
    private Instant published;

    /** Creates the feed of {@code market} with ticks every {@link #DEFAULT_INTERVAL}. */
    public SimulatedMarketFeed(SimulatedMarketData market, Clock clock) {
        this(market, clock, DEFAULT_INTERVAL);
    }

    /**
     * Creates the feed; ticks are due from the clock's current instant on.
     *
     * @param market the simulated market the prices come from
     * @param clock the clock {@link #publishDue()} reads
     * @param interval time between ticks, at least one second
     * @throws IllegalArgumentException when an argument is null or the interval shorter than a second
     */
    public SimulatedMarketFeed(SimulatedMarketData market, Clock clock, Duration interval) {
        this.market = Checks.notNull(market, "market");
        this.clock = Checks.notNull(clock, "clock");
        this.interval = Checks.notNull(interval, "interval");
        Checks.argument(interval.getSeconds() >= 1, "interval must be at least one second but was " + interval);
        this.published = clock.instant();
    }

    @Override
    public FeedSubscription subscribe(Set<FeedInstrument> instruments, TickListener listener) {
        Checks.notNull(instruments, "instruments");
        Checks.notNull(listener, "listener");
        Checks.argument(!instruments.isEmpty(), "instruments must not be empty");
        instruments.forEach(i -> market.profile(i.underlying()));
        Subscription subscription = new Subscription(instruments, listener);
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * Publishes every tick due after the previous call and up to the clock's instant to the open subscriptions.
     *
     * @return the number of ticks delivered
     */
    public synchronized int publishDue() {
        Instant now = clock.instant();
        int delivered = 0;
        for (Instant time : dueTimes(published, now)) {
            for (Subscription s : subscriptions) {
                if (s.isOpen()) {
                    for (FeedInstrument instrument : s.sorted) {
                        Optional<Tick> tick = tickAt(instrument, time);
                        if (tick.isPresent()) {
                            s.listener.onTick(tick.get());
                            delivered++;
                        }
                    }
                }
            }
        }
        published = now.isAfter(published) ? now : published;
        return delivered;
    }

    /**
     * Returns the tick of {@code instrument} at {@code time}, or empty when {@code time} is not in a session's trading
     * hours or the option has expired.
     *
     * @throws MarketDataException when the instrument's underlying is unknown
     */
    public Optional<Tick> tickAt(FeedInstrument instrument, Instant time) {
        Checks.notNull(instrument, "instrument");
        LocalDate session = time.atZone(TimeToExpiry.ZONE).toLocalDate();
        Instant open =
                session.atTime(IntradayPath.OPEN).atZone(TimeToExpiry.ZONE).toInstant();
        if (!market.calendar().isSession(session)
                || time.isBefore(open)
                || time.isAfter(TimeToExpiry.expiryInstant(session))) {
            return Optional.empty();
        }
        SymbolProfile profile = market.profile(instrument.underlying());
        double tick = profile.index() ? INDEX_TICK : SPOT_TICK;
        double spot = PathSimulator.round(path(profile, session).priceAt(time), tick);
        return switch (instrument) {
            case FeedInstrument.Spot s ->
                Optional.of(new Tick(
                        s,
                        time,
                        spot,
                        profile.index() ? Optional.empty() : Optional.of(new BidAsk(spot - tick, spot + tick))));
            case FeedInstrument.Option o -> option(o, profile, session, spot, time);
        };
    }

    private Optional<Tick> option(
            FeedInstrument.Option o, SymbolProfile profile, LocalDate session, double spot, Instant time) {
        if (o.expiry().isBefore(session)) {
            return Optional.empty();
        }
        double years = TimeToExpiry.years(time, o.expiry());
        double df = Math.exp(-Calibration.RATE * years);
        double forward = ChainSimulator.forward(profile, spot, years);
        SmileSurface surface = market.surface(profile, session);
        double vol = surface.impliedVol(forward, o.strike(), years);
        double mid = Black76.price(o.right(), forward, o.strike(), years, vol, df);
        double x = years > 0 ? Math.log(o.strike() / forward) / (surface.atmVol(years) * Math.sqrt(years)) : 0;
        double optionTick = market.optionTick(o.underlying());
        long days = ChronoUnit.DAYS.between(session, o.expiry());
        BidAsk quote = OptionActivity.quote(mid, x, days, profile.spreadMultiple(), optionTick);
        return Optional.of(new Tick(o, time, OptionActivity.last(mid, quote, optionTick), Optional.of(quote)));
    }

    private IntradayPath path(SymbolProfile profile, LocalDate session) {
        return intraday.get(profile.symbol() + "|" + session, k -> {
            Candle candle = market.candle(profile.symbol(), session);
            return new IntradayPath(session, candle, market.intradayStream(profile.symbol(), session));
        });
    }

    private List<Instant> dueTimes(Instant after, Instant upTo) {
        List<Instant> times = new ArrayList<>();
        LocalDate last = upTo.atZone(TimeToExpiry.ZONE).toLocalDate();
        for (LocalDate day = after.atZone(TimeToExpiry.ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!market.calendar().isSession(day)) {
                continue;
            }
            Instant open =
                    day.atTime(IntradayPath.OPEN).atZone(TimeToExpiry.ZONE).toInstant();
            Instant close = TimeToExpiry.expiryInstant(day);
            for (Instant t = open; !t.isAfter(close); t = t.plus(interval)) {
                addIfDue(times, t, after, upTo);
            }
            if (Duration.between(open, close).toSeconds() % interval.toSeconds() != 0) {
                addIfDue(times, close, after, upTo);
            }
        }
        return times;
    }

    private static void addIfDue(List<Instant> times, Instant t, Instant after, Instant upTo) {
        if (t.isAfter(after) && !t.isAfter(upTo)) {
            times.add(t);
        }
    }

    private final class Subscription implements FeedSubscription {
        private final Set<FeedInstrument> instruments;
        private final List<FeedInstrument> sorted;
        private final TickListener listener;
        private final AtomicBoolean open = new AtomicBoolean(true);

        Subscription(Set<FeedInstrument> instruments, TickListener listener) {
            TreeSet<FeedInstrument> ordered = new TreeSet<>(ORDER);
            ordered.addAll(instruments);
            this.instruments = Set.copyOf(instruments);
            this.sorted = List.copyOf(ordered);
            this.listener = listener;
        }

        @Override
        public Set<FeedInstrument> instruments() {
            return instruments;
        }

        @Override
        public boolean isOpen() {
            return open.get();
        }

        @Override
        public void close() {
            open.set(false);
            subscriptions.remove(this);
        }
    }
}
