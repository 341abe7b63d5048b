package io.optionsv4.dhan.feed;

/** Why a packet of a feed frame could not be decoded. */
public enum FeedProblem {
    /** Fewer bytes remain than a header (8 bytes). */
    TRUNCATED_HEADER,
    /** The header's message length is below 8 or beyond the frame's end. */
    BAD_LENGTH,
    /** The packet is shorter than its response code's layout requires. */
    SHORT_PACKET,
    /** The response code is not one the reference documents. */
    UNKNOWN_CODE,
    /** The exchange segment code is not one the reference documents (0-5, 7, 8). */
    UNKNOWN_SEGMENT
}
