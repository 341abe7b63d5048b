package io.optionsv4.bench;

import io.optionsv4.dhan.feed.FeedDecoder;
import io.optionsv4.dhan.feed.FeedListener;
import io.optionsv4.dhan.feed.FeedPacket;
import io.optionsv4.dhan.feed.FeedProblem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding Dhan's binary feed (issue 16: allocation-free). One invocation decodes one frame of a quote, an OI and a
 * full packet (228 bytes) and reads the fields a monitor needs; run with {@code -prof gc} to see the bytes allocated
 * per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
public class FeedDecoderBenchmark {

    private final FeedDecoder decoder = new FeedDecoder();
    private final Sum sum = new Sum();
    private ByteBuffer frame;

    /** Builds the frame. */
    @Setup
    public void setUp() {
        frame = ByteBuffer.allocateDirect(50 + 12 + 162).order(ByteOrder.LITTLE_ENDIAN);
        frame.put(0, (byte) 4)
                .putShort(1, (short) 50)
                .put(3, (byte) 2)
                .putInt(4, 52175)
                .putFloat(8, 118.5f);
        frame.put(50, (byte) 5)
                .putShort(51, (short) 12)
                .put(53, (byte) 2)
                .putInt(54, 52175)
                .putInt(58, 1_312_500);
        int f = 62;
        frame.put(f, (byte) 8).putShort(f + 1, (short) 162).put(f + 3, (byte) 2).putInt(f + 4, 52176);
        frame.putFloat(f + 8, 64.25f).putFloat(f + 62 + 12, 64.2f).putFloat(f + 62 + 16, 64.3f);
    }

    /** Decodes the frame. */
    @Benchmark
    public double decode() {
        sum.total = 0;
        decoder.decode(frame, sum);
        return sum.total;
    }

    /** Reads the fields a monitor uses. */
    private static final class Sum implements FeedListener {
        double total;

        @Override
        public void onPacket(FeedPacket p) {
            total += p.securityId();
            switch (p.code()) {
                case FeedPacket.QUOTE -> total += p.lastPrice() + p.volume();
                case FeedPacket.OI -> total += p.openInterest();
                case FeedPacket.FULL -> total += p.lastPrice() + p.bidPrice(0) + p.askPrice(0) + p.openInterest();
                default -> total += p.code();
            }
        }

        @Override
        public void onDisconnect(int reasonCode) {
            total -= reasonCode;
        }

        @Override
        public void onMalformed(FeedProblem problem, int offset, int code) {
            total -= 1;
        }
    }
}
