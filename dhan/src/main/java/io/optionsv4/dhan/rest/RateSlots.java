package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The reservations of one rate-limit group: the earliest instant the next call may start, and when the latest call
 * of the group completed. {@link #reserve} takes the next free slot, {@code max(now, next, lastDone + interval)}, and
 * moves {@code next} one interval past it, atomically; {@link #done} records a completion; {@link #lastDone} tells a
 * caller woken for its slot whether a call completed since, late enough to push it back.
 *
 * <p>Why completions count: Dhan measures the spacing of arrivals, and a request can leave late or travel slowly (a
 * new connection, a busy machine), so the one after it, sent on schedule from another thread or process, would arrive
 * less than the interval behind it. Starting no sooner than one interval after the previous call completed (and so
 * arrived) closes that gap whenever the previous call has completed; a call still in flight at the next slot can
 * still be overtaken, and Dhan's 805 / DH-904 is then retried.
 *
 * <p>Kept in memory ({@link #inMemory()}) or in a file shared by processes ({@link #file(Path)}).
 */
abstract class RateSlots {

    /** A reservation further ahead than this is stale (a clock set back, a file from a test): it is ignored. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** Reserves the next slot at or after {@code now}; returns its start. */
    abstract Instant reserve(Instant now, Duration interval);

    /** Records that a call of the group completed (its response arrived, or it failed) at {@code at}. */
    abstract void done(Instant at);

    /** Returns when the latest call of the group completed, {@link Instant#MIN} when none has. */
    abstract Instant lastDone();

    static RateSlots inMemory() {
        return new InMemory();
    }

    /**
     * Returns slots kept in {@code file}: sixteen bytes, the next free instant and the latest completion, each in
     * nanoseconds since the epoch, read and written under an exclusive lock of the file (held for microseconds). A
     * missing, short or stale file is a fresh budget. The clock must be the wall clock shared by the processes (or one
     * manual clock in tests).
     */
    static RateSlots file(Path file) {
        return new InFile(file);
    }

    static Instant start(Instant now, Instant next, Instant lastDone, Duration interval) {
        Instant start = now;
        if (next != null && next.isAfter(start) && !next.isAfter(now.plus(STALE))) {
            start = next;
        }
        Instant afterDone = lastDone == null || lastDone.equals(Instant.MIN) ? null : lastDone.plus(interval);
        if (afterDone != null && afterDone.isAfter(start) && !afterDone.isAfter(now.plus(STALE))) {
            start = afterDone;
        }
        return start;
    }

    private static final class InMemory extends RateSlots {
        private Instant next;
        private Instant lastDone = Instant.MIN;

        @Override
        synchronized Instant reserve(Instant now, Duration interval) {
            Instant start = start(now, next, lastDone, interval);
            next = start.plus(interval);
            return start;
        }

        @Override
        synchronized void done(Instant at) {
            lastDone = at.isAfter(lastDone) ? at : lastDone;
        }

        @Override
        synchronized Instant lastDone() {
            return lastDone;
        }
    }

    private static final class InFile extends RateSlots {
        private static final int NEXT = 0;
        private static final int DONE = Long.BYTES;

        private final Path file;

        InFile(Path file) {
            this.file = file;
        }

        @Override
        synchronized Instant reserve(Instant now, Duration interval) {
            return locked(channel -> {
                Instant next = read(channel, NEXT);
                Instant start = start(now, next, read(channel, DONE), interval);
                write(channel, NEXT, start.plus(interval));
                return start;
            });
        }

        @Override
        synchronized void done(Instant at) {
            locked(channel -> {
                Instant last = read(channel, DONE);
                if (last == null || at.isAfter(last)) {
                    write(channel, DONE, at);
                }
                return at;
            });
        }

        @Override
        synchronized Instant lastDone() {
            Instant last = locked(channel -> read(channel, DONE));
            return last == null ? Instant.MIN : last;
        }

        private interface Action {
            Instant apply(FileChannel channel) throws IOException;
        }

        private Instant locked(Action action) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(
                                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                        FileLock lock = lock(channel)) {
                    Instant result = action.apply(channel);
                    channel.force(false);
                    return result;
                }
            } catch (IOException e) {
                throw new MarketDataException("cannot use the shared Dhan rate budget " + file + ": " + e, e);
            }
        }

        /** Locks the file; another budget object of this JVM holding it is waited out (the JVM forbids overlap). */
        private static FileLock lock(FileChannel channel) throws IOException {
            while (true) {
                try {
                    return channel.lock();
                } catch (OverlappingFileLockException e) {
                    Thread.onSpinWait();
                }
            }
        }

        private static Instant read(FileChannel channel, int position) throws IOException {
            ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES);
            int read = channel.read(bytes, position);
            if (read != Long.BYTES) {
                return null;
            }
            long nanos = bytes.getLong(0);
            return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        }

        private static void write(FileChannel channel, int position, Instant instant) throws IOException {
            long nanos = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            channel.write(ByteBuffer.allocate(Long.BYTES).putLong(0, nanos), position);
        }
    }
}
