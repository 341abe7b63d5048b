package io.optionsv4.dhan.feed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A reusable, allocation-free view of one binary feed packet: each getter reads its field from the frame at the
 * reference's offset (little-endian). Which getters are meaningful depends on {@link #code()}; the others throw
 * {@link IllegalStateException} naming the packet type.
 */
public final class FeedPacket {

    /** Response code of an index packet. */
    public static final int INDEX = 1;
    /** Response code of a ticker packet (16 bytes). */
    public static final int TICKER = 2;
    /** Response code of a quote packet (50 bytes). */
    public static final int QUOTE = 4;
    /** Response code of an open-interest packet (12 bytes). */
    public static final int OI = 5;
    /** Response code of a previous-close packet (16 bytes). */
    public static final int PREV_CLOSE = 6;
    /** Response code of a market-status packet. */
    public static final int MARKET_STATUS = 7;
    /** Response code of a full packet (162 bytes). */
    public static final int FULL = 8;
    /** Response code of the disconnect packet (10 bytes). */
    public static final int DISCONNECT = 50;

    /** Depth levels in a full packet. */
    public static final int DEPTH_LEVELS = 5;

    private static final int HEADER = 8;
    private static final int FULL_DEPTH = 62;
    private static final int LEVEL_BYTES = 20;

    private ByteBuffer frame;
    private int start;
    private int code;
    private int length;

    /** Creates an empty view. */
    public FeedPacket() {}

    /** Points the view at the packet of {@code length} bytes at {@code offset} of {@code frame}. */
    void wrap(ByteBuffer buffer, int offset, int packetCode, int packetLength) {
        this.frame = buffer.order() == ByteOrder.LITTLE_ENDIAN
                ? buffer
                : buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.start = offset;
        this.code = packetCode;
        this.length = packetLength;
    }

    /** Returns the minimum packet length of a response code, or -1 for a code the reference does not document. */
    static int minimumLength(int code) {
        return switch (code) {
            case TICKER, PREV_CLOSE -> 16;
            case QUOTE -> 50;
            case OI -> 12;
            case FULL -> 162;
            case DISCONNECT -> 10;
            case INDEX, MARKET_STATUS -> HEADER;
            default -> -1;
        };
    }

    /** Returns the feed response code. */
    public int code() {
        return code;
    }

    /** Returns the packet's length in bytes, header included. */
    public int length() {
        return length;
    }

    /** Returns the exchange segment's numeric code (0 IDX_I, 1 NSE_EQ, 2 NSE_FNO, ...). */
    public int segment() {
        return frame.get(start + 3) & 0xFF;
    }

    /** Returns the security id (unsigned 32-bit, as a long). */
    public long securityId() {
        return frame.getInt(start + 4) & 0xFFFF_FFFFL;
    }

    /** Returns the last traded price (ticker, quote, full). */
    public float lastPrice() {
        require(TICKER, QUOTE, FULL);
        return frame.getFloat(start + 8);
    }

    /** Returns the last trade time in epoch seconds as the feed sends it (ticker, quote, full; see §1.7). */
    public int lastTradeTime() {
        require(TICKER, QUOTE, FULL);
        return frame.getInt(start + (code == TICKER ? 12 : 14));
    }

    /** Returns the last traded quantity (quote, full), read unsigned. */
    public int lastTradeQuantity() {
        require(QUOTE, FULL, FULL);
        return frame.getShort(start + 12) & 0xFFFF;
    }

    /** Returns the average traded price (quote, full). */
    public float averagePrice() {
        require(QUOTE, FULL, FULL);
        return frame.getFloat(start + 18);
    }

    /** Returns the day's volume (quote, full). */
    public int volume() {
        require(QUOTE, FULL, FULL);
        return frame.getInt(start + 22);
    }

    /** Returns the total sell quantity (quote, full). */
    public int totalSellQuantity() {
        require(QUOTE, FULL, FULL);
        return frame.getInt(start + 26);
    }

    /** Returns the total buy quantity (quote, full). */
    public int totalBuyQuantity() {
        require(QUOTE, FULL, FULL);
        return frame.getInt(start + 30);
    }

    /** Returns the open interest (OI and full packets). */
    public int openInterest() {
        require(OI, FULL, FULL);
        return frame.getInt(start + (code == OI ? 8 : 34));
    }

    /** Returns the previous day's close (previous-close packet). */
    public float previousClose() {
        require(PREV_CLOSE, PREV_CLOSE, PREV_CLOSE);
        return frame.getFloat(start + 8);
    }

    /** Returns the previous day's open interest (previous-close packet). */
    public int previousOpenInterest() {
        require(PREV_CLOSE, PREV_CLOSE, PREV_CLOSE);
        return frame.getInt(start + 12);
    }

    /** Returns the day's open (quote, full). */
    public float dayOpen() {
        return ohlc(0);
    }

    /** Returns the day's close, meaningful only after the close (quote, full). */
    public float dayClose() {
        return ohlc(1);
    }

    /** Returns the day's high (quote, full). */
    public float dayHigh() {
        return ohlc(2);
    }

    /** Returns the day's low (quote, full). */
    public float dayLow() {
        return ohlc(3);
    }

    /** Returns the bid price of depth {@code level} (0 = best; full packets). */
    public float bidPrice(int level) {
        return frame.getFloat(depth(level) + 12);
    }

    /** Returns the ask price of depth {@code level} (0 = best; full packets). */
    public float askPrice(int level) {
        return frame.getFloat(depth(level) + 16);
    }

    /** Returns the bid quantity of depth {@code level} (full packets). */
    public int bidQuantity(int level) {
        return frame.getInt(depth(level));
    }

    /** Returns the ask quantity of depth {@code level} (full packets). */
    public int askQuantity(int level) {
        return frame.getInt(depth(level) + 4);
    }

    /** Returns the disconnect reason code (disconnect packet). */
    int disconnectReason() {
        return frame.getShort(start + 8);
    }

    private float ohlc(int index) {
        require(QUOTE, FULL, FULL);
        int base = code == QUOTE ? 34 : 46;
        return frame.getFloat(start + base + 4 * index);
    }

    private int depth(int level) {
        require(FULL, FULL, FULL);
        if (level < 0 || level >= DEPTH_LEVELS) {
            throw new IndexOutOfBoundsException("depth level must be 0-4 but was " + level);
        }
        return start + FULL_DEPTH + LEVEL_BYTES * level;
    }

    private void require(int a, int b, int c) {
        if (code != a && code != b && code != c) {
            throw new IllegalStateException("field not in a packet of response code " + code);
        }
    }
}
