/**
 * Dhan's live market feed (WebSocket v2): the binary packets decoded without allocation.
 *
 * <p>{@link io.optionsv4.dhan.feed.FeedDecoder} walks a frame packet by packet (by each header's message length) and
 * hands a reusable {@link io.optionsv4.dhan.feed.FeedPacket} view to a {@link io.optionsv4.dhan.feed.FeedListener};
 * the view reads fields straight from the frame's bytes, little-endian, at the offsets of the reference
 * ({@code dhan-api-v2.md} §4.4-4.5). Malformed packets are reported with a {@link io.optionsv4.dhan.feed.FeedProblem},
 * never thrown. No objects are created per packet.
 *
 * <p>{@link io.optionsv4.dhan.feed.DhanMarketFeed} is the {@code core.market.MarketFeed} over the feed's WebSocket
 * (JDK client): subscriptions in batches, ticks from Quote or Full packets, reconnects with back-off, disconnect codes;
 * configured by {@link io.optionsv4.dhan.feed.DhanFeedSettings}.
 */
package io.optionsv4.dhan.feed;
