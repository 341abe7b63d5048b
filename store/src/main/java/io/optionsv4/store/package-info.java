/**
 * PostgreSQL persistence: Flyway migrations, JDBI stores implementing the ports of {@code core}, and the embedded
 * PostgreSQL default. Depends on {@code core} only.
 */
package io.optionsv4.store;
