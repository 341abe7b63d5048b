package io.optionsv4.dhan.feed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes binary frames of Dhan's live market feed into packets, without allocating: one reusable {@link FeedPacket}
 * view per decoder. A frame may carry several packets back to back; each header's message length says where the next
 * starts. Not thread-safe: one decoder per connection.
 */
public final class FeedDecoder {

    private static final int HEADER = 8;

    private final FeedPacket packet = new FeedPacket();

    /**
     * Decodes every packet of {@code frame} (from its position to its limit, which are left unchanged) and reports
     * each to {@code listener}.
     *
     * @return the number of packets delivered (disconnects included, malformed ones not)
     */
    public int decode(ByteBuffer frame, FeedListener listener) {
        ByteBuffer le = frame.order() == ByteOrder.LITTLE_ENDIAN
                ? frame
                : frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int offset = frame.position();
        int end = frame.limit();
        int delivered = 0;
        while (offset < end) {
            if (end - offset < HEADER) {
                listener.onMalformed(FeedProblem.TRUNCATED_HEADER, offset, -1);
                return delivered;
            }
            int code = le.get(offset) & 0xFF;
            int length = le.getShort(offset + 1) & 0xFFFF;
            if (length < HEADER || offset + length > end) {
                listener.onMalformed(FeedProblem.BAD_LENGTH, offset, code);
                return delivered;
            }
            int minimum = FeedPacket.minimumLength(code);
            int segment = le.get(offset + 3) & 0xFF;
            if (minimum < 0) {
                listener.onMalformed(FeedProblem.UNKNOWN_CODE, offset, code);
            } else if (length < minimum) {
                listener.onMalformed(FeedProblem.SHORT_PACKET, offset, code);
            } else if (segment > 8 || segment == 6) {
                listener.onMalformed(FeedProblem.UNKNOWN_SEGMENT, offset, code);
            } else {
                packet.wrap(le, offset, code, length);
                if (code == FeedPacket.DISCONNECT) {
                    listener.onDisconnect(packet.disconnectReason());
                } else {
                    listener.onPacket(packet);
                }
                delivered++;
            }
            offset += length;
        }
        return delivered;
    }
}
