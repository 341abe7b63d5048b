/** Test fixtures of the store module: the test JVM's one embedded PostgreSQL and complete sample analyses. */
package io.optionsv4.store.testdata;
