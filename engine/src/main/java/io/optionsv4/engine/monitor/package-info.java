/**
 * Trade monitoring: the live book of open strategies, marked tick by tick at the prices closing would get, evaluated
 * by the pure exit evaluator of {@code core.exit}.
 */
package io.optionsv4.engine.monitor;
