package io.optionsv4.dhan.feed;

/**
 * Receives the packets of decoded feed frames. The {@link FeedPacket} passed in is a view reused for every packet: read
 * what is needed inside the call and keep no reference to it.
 */
public interface FeedListener {

    /** A ticker, quote, OI, previous-close, full or index packet. */
    void onPacket(FeedPacket packet);

    /** The server's disconnect packet (code 50) with its reason, e.g. 805 too many connections. */
    void onDisconnect(int reasonCode);

    /**
     * A packet that could not be decoded; decoding goes on with the next packet when the length is trustworthy, else
     * stops for this frame.
     *
     * @param problem what was wrong
     * @param offset the packet's offset in the frame
     * @param code the response code read, or -1 when the header was cut off
     */
    void onMalformed(FeedProblem problem, int offset, int code);
}
