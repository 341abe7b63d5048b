package io.optionsv4.dhan.feed;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.market.TickListener;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.SecurityId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The subscription bookkeeping of a {@link DhanMarketFeed}: which callers' subscriptions want each instrument (by its
 * Dhan security id, resolved through the scrip master), the limit of {@value DhanMarketFeed#MAX_PER_CONNECTION}
 * instruments per connection, and what differs between the wanted instruments and those subscribed on the current
 * connection. Sends nothing itself: the feed sends the {@link Changes} and reports them {@link #sent(Changes) sent}.
 *
 * <p>Thread-safe for subscribing, closing a subscription and looking an instrument up; the connection's side
 * ({@link #changes()}, {@link #sent(Changes)}, {@link #connectionOpened()}) runs on the feed's thread only.
 */
final class FeedSubscriptions {

    /** One subscribed instrument and the subscriptions that want it. */
    record Entry(FeedInstrument instrument, SecurityId securityId, List<Sub> subs) {

        /** Delivers {@code tick} to every open subscription of the instrument. */
        void deliver(Tick tick) {
            for (Sub sub : subs) {
                sub.deliver(tick);
            }
        }
    }

    /**
     * What to send on the connection: the instruments to subscribe and to unsubscribe, with their keys.
     *
     * @param add the instruments wanted but not subscribed on the connection
     * @param addKeys their keys
     * @param remove the instruments subscribed on the connection but no longer wanted
     * @param removeKeys their keys
     */
    record Changes(List<SecurityId> add, List<Long> addKeys, List<SecurityId> remove, List<Long> removeKeys) {}

    private final ScripMaster scripMaster;
    private final Consumer<String> problems;
    private final Runnable changed;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Long> onWire = new HashSet<>();

    /**
     * Creates empty bookkeeping.
     *
     * @param scripMaster resolves instruments to Dhan security ids
     * @param problems where a failing tick listener is reported
     * @param changed called when a subscription closes, to bring the connection in line
     */
    FeedSubscriptions(ScripMaster scripMaster, Consumer<String> problems, Runnable changed) {
        this.scripMaster = scripMaster;
        this.problems = problems;
        this.changed = changed;
    }

    /**
     * Registers a subscription of {@code listener} to {@code instruments} and returns it; the caller then brings the
     * connection in line.
     *
     * @throws MarketDataException when an instrument is not in the scrip master or the connection would exceed
     *     {@value DhanMarketFeed#MAX_PER_CONNECTION} instruments
     */
    FeedSubscription add(Set<FeedInstrument> instruments, TickListener listener) {
        Map<FeedInstrument, SecurityId> ids = new LinkedHashMap<>();
        for (FeedInstrument i : instruments) {
            ids.put(i, securityId(i));
        }
        Sub sub = new Sub(Set.copyOf(instruments), listener);
        synchronized (entries) {
            long fresh = ids.values().stream()
                    .map(FeedSubscriptions::key)
                    .filter(k -> !entries.containsKey(k))
                    .distinct()
                    .count();
            if (entries.size() + fresh > DhanMarketFeed.MAX_PER_CONNECTION) {
                throw new MarketDataException("Dhan's feed takes at most " + DhanMarketFeed.MAX_PER_CONNECTION
                        + " instruments per connection; " + entries.size() + " are subscribed and " + fresh
                        + " more were asked for");
            }
            ids.forEach((instrument, id) -> entries.computeIfAbsent(
                            key(id), k -> new Entry(instrument, id, new CopyOnWriteArrayList<>()))
                    .subs()
                    .add(sub));
        }
        return sub;
    }

    private SecurityId securityId(FeedInstrument instrument) {
        return switch (instrument) {
            case FeedInstrument.Option o ->
                scripMaster
                        .option(o.underlying(), o.expiry(), o.strike(), o.right())
                        .map(c -> c.securityId())
                        .orElseThrow(() -> new MarketDataException("the scrip master lists no option " + o.underlying()
                                + " " + o.expiry() + " " + o.strike() + " " + o.right() + " for Dhan's feed"));
            case FeedInstrument.Spot s ->
                scripMaster
                        .underlying(s.underlying())
                        .map(u -> u.securityId())
                        .orElseThrow(() -> new MarketDataException(
                                "the scrip master lists no underlying " + s.underlying() + " for Dhan's feed"));
        };
    }

    /** Returns the subscribed instrument with {@code securityId} in the segment of feed code {@code segmentCode}. */
    Optional<Entry> find(int segmentCode, long securityId) {
        return Optional.ofNullable(entries.get(key(segmentCode, securityId)));
    }

    /** A new connection has nothing subscribed yet. */
    void connectionOpened() {
        onWire.clear();
    }

    /** Returns what differs between the wanted instruments and those subscribed on the connection. */
    Changes changes() {
        List<SecurityId> add = new ArrayList<>();
        List<Long> addKeys = new ArrayList<>();
        for (Map.Entry<Long, Entry> e : entries.entrySet()) {
            if (!onWire.contains(e.getKey())) {
                add.add(e.getValue().securityId());
                addKeys.add(e.getKey());
            }
        }
        List<SecurityId> remove = new ArrayList<>();
        List<Long> removeKeys = new ArrayList<>();
        for (Long k : onWire) {
            if (!entries.containsKey(k)) {
                removeKeys.add(k);
                remove.add(new SecurityId(segment((int) (k >>> 40)), k & 0xFF_FFFF_FFFFL));
            }
        }
        return new Changes(add, addKeys, remove, removeKeys);
    }

    /** Records that {@code changes} reached the connection. */
    void sent(Changes changes) {
        changes.removeKeys().forEach(onWire::remove);
        onWire.addAll(changes.addKeys());
    }

    private static long key(SecurityId id) {
        return key(id.segment().feedCode(), id.id());
    }

    private static long key(int segmentCode, long securityId) {
        return ((long) segmentCode << 40) | securityId;
    }

    private static ExchangeSegment segment(int feedCode) {
        for (ExchangeSegment s : ExchangeSegment.values()) {
            if (s.feedCode() == feedCode) {
                return s;
            }
        }
        throw new IllegalStateException("no exchange segment with feed code " + feedCode);
    }

    /** One caller's subscription. */
    final class Sub implements FeedSubscription {
        private final Set<FeedInstrument> instruments;
        private final TickListener listener;
        private volatile boolean open = true;

        Sub(Set<FeedInstrument> instruments, TickListener listener) {
            this.instruments = instruments;
            this.listener = listener;
        }

        void deliver(Tick tick) {
            if (!open) {
                return;
            }
            try {
                listener.onTick(tick);
            } catch (RuntimeException e) {
                problems.accept("a tick listener failed on " + tick.instrument() + ": " + e);
            }
        }

        @Override
        public Set<FeedInstrument> instruments() {
            return instruments;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            synchronized (entries) {
                entries.values().removeIf(e -> e.subs().remove(this) && e.subs().isEmpty());
            }
            changed.run();
        }
    }
}
