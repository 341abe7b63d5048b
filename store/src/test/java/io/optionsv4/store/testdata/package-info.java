/**
 * Test fixtures of the store module: the test JVM's one embedded PostgreSQL, complete sample analyses and market
 * conditions.
 */
package io.optionsv4.store.testdata;
