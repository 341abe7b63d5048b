package io.optionsv4.marketdata.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A least-recently-used cache of at most {@code capacity} entries. Values are computed outside the lock; two threads
 * may compute the same value, which is harmless because every value of the historical market is a pure function of
 * its key. Thread-safe.
 */
final class LruCache<K, V> {

    private final Map<K, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns the cached value of {@code key}, computing and caching it when absent. */
    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V value = entries.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            V earlier = entries.putIfAbsent(key, value);
            return earlier != null ? earlier : value;
        }
    }
}
