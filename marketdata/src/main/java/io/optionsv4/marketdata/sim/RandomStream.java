package io.optionsv4.marketdata.sim;

import io.optionsv4.core.pricing.NormalDistribution;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A counter-based random stream: the {@code n}-th number of a stream is a pure function of the stream's key and
 * {@code n} (SplitMix64's finaliser applied to {@code key + n·γ}), so numbers can be drawn in any order, by any thread,
 * and the same (seed, name, counter) always gives the same number. Streams are derived by name ({@code "RELIANCE"},
 * {@code "sector:Healthcare"}) and by index (a date's epoch day), never by advancing a shared generator. Immutable.
 */
final class RandomStream {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

    private final long key;

    private RandomStream(long key) {
        this.key = key;
    }

    /** Returns the root stream of a seed. */
    static RandomStream of(long seed) {
        return new RandomStream(mix(seed ^ 0x5deece66dL));
    }

    /** Returns the sub-stream named {@code name} (a symbol, a sector, a purpose). */
    RandomStream child(String name) {
        return child(fnv1a(name));
    }

    /** Returns the sub-stream of {@code date} (by its epoch day). */
    RandomStream child(LocalDate date) {
        return child(date.toEpochDay());
    }

    /** Returns the sub-stream of index {@code index}. */
    RandomStream child(long index) {
        return new RandomStream(mix(key ^ mix(index * GOLDEN_GAMMA + 0x632be59bd9b4e019L)));
    }

    /** Returns the {@code counter}-th uniform number, strictly inside (0, 1). */
    double uniform(long counter) {
        return ((mix(key + counter * GOLDEN_GAMMA) >>> 11) + 0.5) * TWO_TO_MINUS_53;
    }

    /** Returns the {@code counter}-th standard normal number (inverse normal of {@link #uniform(long)}). */
    double gaussian(long counter) {
        return NormalDistribution.inverseCdf(uniform(counter));
    }

    private static long mix(long z) {
        long x = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    private static long fnv1a(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
