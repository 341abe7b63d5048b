/**
 * Everything Dhan API v2: the market data, feed and broker adapters over REST and WebSocket, with the wire formats
 * kept inside this module. Depends on {@code core} only.
 */
package io.optionsv4.dhan;
