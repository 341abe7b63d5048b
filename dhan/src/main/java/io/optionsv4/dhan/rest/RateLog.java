package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The sliding-window log of one rate-limit group: the instants of its latest calls (the largest limit of its windows
 * and {@link #IN_FLIGHT} more), in call order and never decreasing. A call may start once every {@link RateWindow} of
 * the group holds fewer than its limit of logged calls: with {@code n} calls logged, a window {@code (length, limit)}
 * frees at {@code entry[n - limit] + length}. {@link #reserve} logs the next call at the earliest such instant (not
 * before the latest entry), atomically; {@link #done} moves a call's entry to its completion, which is when it has
 * certainly arrived.
 *
 * <p>Why completions count: Dhan counts arrivals, and a request can leave late or travel slowly (a new connection, a
 * busy machine); a window measured from its completion instead of its sending is always long enough. Entries after it
 * that are earlier than the completion are moved with it (a conservative reading that keeps the log ordered).
 *
 * <p>Kept in memory ({@link #inMemory}) or in a file shared by processes ({@link #file}). Thread-safe.
 */
abstract class RateLog {

    /**
     * Entries kept beyond a group's largest limit: a call that completes, or wakes to confirm its start, after this
     * many later calls were logged no longer finds the entries it needs (its completion is then not counted).
     */
    static final int IN_FLIGHT = 64;

    /** An entry further ahead than this is stale (a clock set back, a file from a test): the log starts afresh. */
    static final Duration STALE = Duration.ofMinutes(10);

    /**
     * A reservation: the call's number in the log and the instant it may start; refused (number {@code -1}, nothing
     * logged) when that instant is later than the caller would wait.
     *
     * @param sequence the call's number in the log, {@code -1} when refused
     * @param start the instant the call may start
     * @param binding the window that sets the start, null when none does (the call may start at once)
     */
    record Reservation(long sequence, Instant start, RateWindow binding) {

        /** Returns true when the call was not logged: it would have to wait too long. */
        boolean refused() {
            return sequence < 0;
        }
    }

    /** The stored log, read and written inside one {@link #transact} call. */
    interface Entries {
        /** Returns how many calls were ever logged (the next call's number). */
        long count();

        /** Sets how many calls were logged. */
        void count(long count);

        /** Returns the instant of call {@code sequence}, nanoseconds since the epoch. */
        long at(long sequence);

        /** Sets the instant of call {@code sequence}. */
        void put(long sequence, long epochNanos);
    }

    private final int capacity;

    RateLog(int capacity) {
        this.capacity = capacity;
    }

    /** Returns the capacity a log needs for windows of at most {@code largestLimit} calls. */
    static int capacityFor(int largestLimit) {
        return Math.addExact(largestLimit, IN_FLIGHT);
    }

    /** Returns a log kept in memory, of the latest {@code capacity} calls. */
    static RateLog inMemory(int capacity) {
        return new InMemory(capacity);
    }

    /**
     * Returns a log kept in {@code file}, shared by every process that uses it: a header (a format mark, the capacity,
     * the count of calls) and a ring of {@code capacity} instants in nanoseconds since the epoch, read and written
     * under an exclusive lock of the file (held for microseconds; only the entries a decision needs are read). A
     * missing, foreign, corrupt or stale file is a fresh log. The clock must be the wall clock shared by the processes
     * (or one manual clock in tests).
     */
    static RateLog file(Path file, int capacity) {
        return new InFile(file, capacity);
    }

    /** Returns how many calls the log keeps. */
    int capacity() {
        return capacity;
    }

    /** Runs {@code body} on the entries, atomically with respect to every other user of the log. */
    abstract <T> T transact(Function<Entries, T> body);

    /**
     * Logs a call at the earliest instant at or after {@code now} that every window allows, unless that is more than
     * {@code maxWait} away (then nothing is logged and the reservation is refused).
     */
    Reservation reserve(Instant now, List<RateWindow> windows, Duration maxWait) {
        long nowNanos = nanos(now);
        return transact(e -> {
            long n = e.count();
            if (n < 0 || n > 0 && e.at(n - 1) > nowNanos + STALE.toNanos()) {
                n = 0;
                e.count(0);
            }
            long start = n > 0 ? Math.max(nowNanos, e.at(n - 1)) : nowNanos;
            RateWindow binding = null;
            for (RateWindow w : windows) {
                if (n >= w.limit()) {
                    long free = e.at(n - w.limit()) + w.length().toNanos();
                    if (free > start) {
                        start = free;
                        binding = w;
                    }
                }
            }
            if (start - nowNanos > maxWait.toNanos()) {
                return new Reservation(-1, instant(start), binding);
            }
            e.put(n, start);
            e.count(n + 1);
            return new Reservation(n, instant(start), binding);
        });
    }

    /**
     * Returns the earliest start of call {@code sequence} the windows allow now, given the calls before it (which may
     * have completed later than it was reserved), and moves its entry there when that is later; {@code reserved} when
     * the call has left the log.
     */
    Instant confirm(long sequence, Instant reserved, List<RateWindow> windows) {
        return transact(e -> {
            long n = e.count();
            if (sequence >= n || sequence < n - capacity) {
                return reserved;
            }
            long start = e.at(sequence);
            for (RateWindow w : windows) {
                long earlier = sequence - w.limit();
                if (earlier >= 0 && earlier >= n - capacity) {
                    start = Math.max(start, e.at(earlier) + w.length().toNanos());
                }
            }
            raise(e, sequence, n, start);
            return instant(start);
        });
    }

    /** Records that call {@code sequence} completed (answered or failed) at {@code at}. */
    void done(long sequence, Instant at) {
        long atNanos = nanos(at);
        transact(e -> {
            long n = e.count();
            if (sequence >= 0 && sequence < n && sequence >= n - capacity) {
                raise(e, sequence, n, atNanos);
            }
            return null;
        });
    }

    /** Moves entries {@code from..n-1} that are earlier than {@code nanos} to it (the log stays ordered). */
    private static void raise(Entries e, long from, long n, long nanos) {
        for (long j = from; j < n && e.at(j) < nanos; j++) {
            e.put(j, nanos);
        }
    }

    int slot(long sequence) {
        return (int) Math.floorMod(sequence, (long) capacity);
    }

    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    private static final class InMemory extends RateLog {
        private final long[] ring;
        private long count;

        InMemory(int capacity) {
            super(capacity);
            this.ring = new long[capacity];
        }

        @Override
        synchronized <T> T transact(Function<Entries, T> body) {
            return body.apply(new Entries() {
                @Override
                public long count() {
                    return count;
                }

                @Override
                public void count(long newCount) {
                    count = newCount;
                }

                @Override
                public long at(long sequence) {
                    return ring[slot(sequence)];
                }

                @Override
                public void put(long sequence, long epochNanos) {
                    ring[slot(sequence)] = epochNanos;
                }
            });
        }
    }

    private static final class InFile extends RateLog {
        /** "DHANRATE" with the format's version in the last byte. */
        private static final long MARK = 0x4448_414E_5241_5401L;

        private static final int CAPACITY = Long.BYTES;
        private static final int COUNT = 2 * Long.BYTES;
        private static final int RING = 3 * Long.BYTES;

        private final Path file;

        InFile(Path file, int capacity) {
            super(capacity);
            this.file = file;
        }

        /** The file is shorter than its count says: it is started afresh. */
        private static final class Corrupt extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Corrupt() {
                super(null, null, false, false);
            }
        }

        @Override
        synchronized <T> T transact(Function<Entries, T> body) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(
                                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                        FileLock lock = lock(channel)) {
                    if (!ours(channel)) {
                        reset(channel);
                    }
                    try {
                        return body.apply(entries(channel));
                    } catch (Corrupt e) {
                        reset(channel);
                        return body.apply(entries(channel));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new MarketDataException("cannot use the shared Dhan rate budget " + file + ": " + e, e);
            }
        }

        private Entries entries(FileChannel channel) {
            return new Entries() {
                @Override
                public long count() {
                    return io(() -> read(channel, COUNT));
                }

                @Override
                public void count(long newCount) {
                    io(() -> write(channel, COUNT, newCount));
                }

                @Override
                public long at(long sequence) {
                    return io(() -> read(channel, RING + (long) slot(sequence) * Long.BYTES));
                }

                @Override
                public void put(long sequence, long epochNanos) {
                    io(() -> write(channel, RING + (long) slot(sequence) * Long.BYTES, epochNanos));
                }
            };
        }

        /** Returns true when the file holds a log of this format and capacity. */
        private boolean ours(FileChannel channel) throws IOException {
            try {
                return read(channel, 0) == MARK && read(channel, CAPACITY) == capacity();
            } catch (Corrupt e) {
                return false;
            }
        }

        private void reset(FileChannel channel) throws IOException {
            write(channel, 0, MARK);
            write(channel, CAPACITY, capacity());
            write(channel, COUNT, 0);
        }

        private interface Io {
            long run() throws IOException;
        }

        private static long io(Io io) {
            try {
                return io.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Locks the file; another log object of this JVM holding it is waited out (the JVM forbids overlap). */
        private static FileLock lock(FileChannel channel) throws IOException {
            while (true) {
                try {
                    return channel.lock();
                } catch (OverlappingFileLockException e) {
                    Thread.onSpinWait();
                }
            }
        }

        /** Reads the long at {@code position}; a file too short for it is {@link Corrupt}. */
        private static long read(FileChannel channel, long position) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, position + bytes.position()) < 0) {
                    throw new Corrupt();
                }
            }
            return bytes.getLong(0);
        }

        private static long write(FileChannel channel, long position, long value) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES).putLong(0, value);
            while (bytes.hasRemaining()) {
                channel.write(bytes, position + bytes.position());
            }
            return value;
        }
    }
}
