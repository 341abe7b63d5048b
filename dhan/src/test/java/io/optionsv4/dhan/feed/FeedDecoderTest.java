package io.optionsv4.dhan.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked byte vectors of the reference (dhan-api-v2.md §4.8) and malformed frames. */
class FeedDecoderTest {

    private static final String TICKER = "02 10 00 01 35 05 00 00 00 50 ce 44 28 8e 87 67";
    private static final String OI = "05 0c 00 02 cf cb 00 00 f4 06 14 00";
    private static final String PREV_CLOSE = "06 10 00 02 cf cb 00 00 00 80 f0 42 d0 12 13 00";
    private static final String QUOTE = "04 32 00 02 cf cb 00 00 00 00 ed 42 4b 00 28 8e 87 67 cd cc eb 42 20 aa 44 00"
            + " c0 d4 01 00 58 0f 02 00 00 00 dc 42 00 80 f2 42 00 00 fa 42 00 00 d3 42";
    private static final String DISCONNECT = "32 0a 00 00 00 00 00 00 25 03";

    private final FeedDecoder decoder = new FeedDecoder();
    private final Recorder recorder = new Recorder();

    private static ByteBuffer bytes(String... hex) {
        return ByteBuffer.wrap(HexFormat.ofDelimiter(" ").parseHex(String.join(" ", hex)));
    }

    @Test
    void tickerVector() {
        assertThat(decoder.decode(bytes(TICKER), recorder)).isEqualTo(1);
        assertThat(recorder.lines).containsExactly("2 seg=1 id=1333 ltp=1650.5 ltt=1736937000");
    }

    @Test
    void oiAndPrevCloseVectors() {
        assertThat(decoder.decode(bytes(OI), recorder)).isEqualTo(1);
        assertThat(decoder.decode(bytes(PREV_CLOSE), recorder)).isEqualTo(1);
        assertThat(recorder.lines)
                .containsExactly("5 seg=2 id=52175 oi=1312500", "6 seg=2 id=52175 close=120.25 prevOi=1250000");
    }

    @Test
    void quoteVector() {
        decoder.decode(bytes(QUOTE), recorder);
        assertThat(recorder.lines)
                .containsExactly("4 seg=2 id=52175 ltp=118.5 ltq=75 ltt=1736937000 atp=117.9 vol=4500000"
                        + " tsq=120000 tbq=135000 o=110.0 c=121.25 h=125.0 l=105.5");
    }

    @Test
    void disconnectVector() {
        decoder.decode(bytes(DISCONNECT), recorder);
        assertThat(recorder.lines).containsExactly("disconnect 805");
    }

    @Test
    void severalPacketsInOneFrameAreSplitByTheirLengths() {
        assertThat(decoder.decode(bytes(PREV_CLOSE, QUOTE, OI), recorder)).isEqualTo(3);
        assertThat(recorder.lines).extracting(l -> l.substring(0, 1)).containsExactly("6", "4", "5");
    }

    @Test
    void fullPacketReadsOiBeforeOhlcAndFiveDepthLevels() {
        ByteBuffer full = ByteBuffer.allocate(162).order(ByteOrder.LITTLE_ENDIAN);
        full.put(0, (byte) 8).putShort(1, (short) 162).put(3, (byte) 2).putInt(4, 52175);
        full.putFloat(8, 118.5f).putShort(12, (short) 75).putInt(14, 1736937000).putFloat(18, 117.9f);
        full.putInt(22, 4_500_000).putInt(26, 120_000).putInt(30, 135_000);
        full.putInt(34, 1_312_500).putInt(38, 1_400_000).putInt(42, 1_200_000);
        full.putFloat(46, 110f).putFloat(50, 121.25f).putFloat(54, 125f).putFloat(58, 105.5f);
        for (int level = 0; level < 5; level++) {
            int at = 62 + 20 * level;
            full.putInt(at, 750 * (level + 1)).putInt(at + 4, 1500 * (level + 1));
            full.putShort(at + 8, (short) (3 + level)).putShort(at + 10, (short) (5 + level));
            full.putFloat(at + 12, 118.45f - 0.05f * level).putFloat(at + 16, 118.55f + 0.05f * level);
        }
        List<String> seen = new ArrayList<>();
        decoder.decode(full, new Recorder() {
            @Override
            public void onPacket(FeedPacket p) {
                seen.add(p.openInterest() + " " + p.dayOpen() + " " + p.dayLow() + " " + p.bidPrice(0) + " "
                        + p.askPrice(0) + " " + p.bidQuantity(4) + " " + p.askQuantity(4));
                assertThatThrownBy(() -> p.bidPrice(5)).isInstanceOf(IndexOutOfBoundsException.class);
                assertThatThrownBy(p::previousClose).hasMessageContaining("response code 8");
            }
        });
        assertThat(seen).containsExactly("1312500 110.0 105.5 118.45 118.55 3750 7500");
    }

    @Test
    void malformedPacketsAreReportedNotThrown() {
        decoder.decode(bytes("02 10 00 01 35"), recorder);
        decoder.decode(bytes("02 20 00 01 35 05 00 00 00 50 ce 44 28 8e 87 67"), recorder);
        decoder.decode(bytes("04 10 00 02 cf cb 00 00 00 00 ed 42 4b 00 28 8e"), recorder);
        decoder.decode(bytes("63 08 00 01 35 05 00 00", TICKER), recorder);
        decoder.decode(bytes("02 10 00 06 35 05 00 00 00 50 ce 44 28 8e 87 67"), recorder);
        assertThat(recorder.lines)
                .containsExactly(
                        "malformed TRUNCATED_HEADER at 0 code -1",
                        "malformed BAD_LENGTH at 0 code 2",
                        "malformed SHORT_PACKET at 0 code 4",
                        "malformed UNKNOWN_CODE at 0 code 99",
                        "2 seg=1 id=1333 ltp=1650.5 ltt=1736937000",
                        "malformed UNKNOWN_SEGMENT at 0 code 2");
    }

    @Test
    void theFramesPositionAndLimitAreRespectedAndLeftAlone() {
        ByteBuffer frame = bytes("ff ff", TICKER, "ee");
        frame.position(2).limit(18);
        assertThat(decoder.decode(frame, recorder)).isEqualTo(1);
        assertThat(frame.position()).isEqualTo(2);
        assertThat(frame.limit()).isEqualTo(18);
    }

    private static class Recorder implements FeedListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void onPacket(FeedPacket p) {
            String head = p.code() + " seg=" + p.segment() + " id=" + p.securityId();
            lines.add(
                    switch (p.code()) {
                        case FeedPacket.TICKER -> head + " ltp=" + p.lastPrice() + " ltt=" + p.lastTradeTime();
                        case FeedPacket.OI -> head + " oi=" + p.openInterest();
                        case FeedPacket.PREV_CLOSE ->
                            head + " close=" + p.previousClose() + " prevOi=" + p.previousOpenInterest();
                        case FeedPacket.QUOTE ->
                            head + " ltp=" + p.lastPrice() + " ltq=" + p.lastTradeQuantity() + " ltt="
                                    + p.lastTradeTime() + " atp=" + p.averagePrice() + " vol=" + p.volume() + " tsq="
                                    + p.totalSellQuantity() + " tbq=" + p.totalBuyQuantity() + " o=" + p.dayOpen()
                                    + " c="
                                    + p.dayClose() + " h=" + p.dayHigh() + " l=" + p.dayLow();
                        default -> head;
                    });
        }

        @Override
        public void onDisconnect(int reasonCode) {
            lines.add("disconnect " + reasonCode);
        }

        @Override
        public void onMalformed(FeedProblem problem, int offset, int code) {
            lines.add("malformed " + problem + " at " + offset + " code " + code);
        }
    }
}
