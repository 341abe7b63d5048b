/**
 * What is traded: {@link io.optionsv4.core.instrument.Right} (call or put) and
 * {@link io.optionsv4.core.instrument.Side} (buy or sell).
 */
package io.optionsv4.core.instrument;
