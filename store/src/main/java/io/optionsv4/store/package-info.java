/**
 * PostgreSQL persistence: {@link io.optionsv4.store.Database} opens the embedded PostgreSQL 17 of {@code
 * OPTIONS_V4_HOME} (or a production PostgreSQL named by {@link io.optionsv4.store.DbConfig}) and runs the Flyway
 * migrations of {@code db/migration}; {@link io.optionsv4.store.JdbiAnalysisStore}, {@link
 * io.optionsv4.store.JdbiIvHistoryStore} and {@link io.optionsv4.store.JdbiReferenceStore} implement the persistence
 * ports of {@code core}; {@link io.optionsv4.store.DatabaseMaintenance} backs {@code check} and {@code cleanup}.
 * Depends on {@code core} only.
 */
package io.optionsv4.store;
