package io.optionsv4.dhan.testdata;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Binary packets of Dhan's live market feed as the server writes them (reference sections 4.4 and 4.5, little-endian):
 * the 8-byte header (response code, message length, segment code, security id) and the ticker, quote, full and
 * disconnect layouts. Checked against the reference's worked byte vectors (section 4.8).
 */
public final class FeedFrames {

    private FeedFrames() {}

    /** The fields of a quote or full packet the fake fills in. */
    public record Trade(float lastPrice, int lastQuantity, int lastTradeTime, float averagePrice, int volume) {}

    /** The day's open, close, high and low. */
    public record Ohlc(float open, float close, float high, float low) {}

    /** The best level of the book. */
    public record Level(int bidQuantity, int askQuantity, float bidPrice, float askPrice) {}

    private static ByteBuffer header(int code, int length, int segment, long securityId) {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) code).putShort((short) length).put((byte) segment).putInt((int) securityId);
        return b;
    }

    /** Ticker, code 2, 16 bytes. */
    public static byte[] ticker(int segment, long securityId, float lastPrice, int lastTradeTime) {
        return header(2, 16, segment, securityId)
                .putFloat(lastPrice)
                .putInt(lastTradeTime)
                .array();
    }

    /** Quote, code 4, 50 bytes. */
    public static byte[] quote(
            int segment, long securityId, Trade t, int totalSellQuantity, int totalBuyQuantity, Ohlc ohlc) {
        return header(4, 50, segment, securityId)
                .putFloat(t.lastPrice())
                .putShort((short) t.lastQuantity())
                .putInt(t.lastTradeTime())
                .putFloat(t.averagePrice())
                .putInt(t.volume())
                .putInt(totalSellQuantity)
                .putInt(totalBuyQuantity)
                .putFloat(ohlc.open())
                .putFloat(ohlc.close())
                .putFloat(ohlc.high())
                .putFloat(ohlc.low())
                .array();
    }

    /** Full, code 8, 162 bytes: the best level first, the other four levels empty. */
    public static byte[] full(int segment, long securityId, Trade t, int openInterest, Ohlc ohlc, Level best) {
        ByteBuffer b = header(8, 162, segment, securityId)
                .putFloat(t.lastPrice())
                .putShort((short) t.lastQuantity())
                .putInt(t.lastTradeTime())
                .putFloat(t.averagePrice())
                .putInt(t.volume())
                .putInt(best.askQuantity())
                .putInt(best.bidQuantity())
                .putInt(openInterest)
                .putInt(openInterest)
                .putInt(openInterest)
                .putFloat(ohlc.open())
                .putFloat(ohlc.close())
                .putFloat(ohlc.high())
                .putFloat(ohlc.low());
        b.putInt(best.bidQuantity())
                .putInt(best.askQuantity())
                .putShort((short) 1)
                .putShort((short) 1)
                .putFloat(best.bidPrice())
                .putFloat(best.askPrice());
        return b.array();
    }

    /** Feed disconnect, code 50, 10 bytes, with its reason (e.g. 805). */
    public static byte[] disconnect(int reason) {
        return header(50, 10, 0, 0).putShort((short) reason).array();
    }
}
