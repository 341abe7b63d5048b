package io.optionsv4.store;

import io.optionsv4.core.result.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Operating-system file locks for the embedded server's lock protocol. A lock held by another thread of the same JVM
 * counts as held (Java reports it as an {@link OverlappingFileLockException}), so two handles in one process act like
 * two processes.
 */
final class FileLocks {

    private static final long POLL_MILLIS = 50;
    private static final long CLIENT_REGION_SLOTS = 1L << 40;

    private FileLocks() {}

    /** Tries once to take an exclusive lock on the whole of {@code file}; empty when someone holds any part of it. */
    static Optional<FileLock> tryExclusive(Path file) {
        FileChannel channel = open(file);
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
            if (lock != null) {
                return Optional.of(lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM: the same as held by another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file, e);
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    /**
     * Takes an exclusive lock on the whole of {@code file}, waiting at most {@code wait}.
     *
     * @throws StoreException naming {@code holder} when the lock is still held after {@code wait}
     */
    static FileLock exclusive(Path file, Duration wait, String holder) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<FileLock> lock = tryExclusive(file);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new StoreException(holder + " (lock file " + file + " still held after " + wait.toSeconds()
                        + " s); try again when it has finished");
            }
            pause();
        }
    }

    /** Takes a shared lock on one random byte of {@code file}: one per client, so clients never overlap each other. */
    static FileLock sharedSlot(Path file) {
        FileChannel channel = open(file);
        while (true) {
            long position = ThreadLocalRandom.current().nextLong(CLIENT_REGION_SLOTS);
            try {
                FileLock lock = channel.tryLock(position, 1, true);
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // another client of this JVM on the same byte: pick another
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StoreException("cannot lock " + file, e);
            }
        }
    }

    /** Releases the lock and closes its channel. */
    static void release(FileLock lock) {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // the lock goes with the channel anyway
        } finally {
            closeQuietly(lock.channel());
        }
    }

    static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database lock", e);
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open lock file " + file, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
