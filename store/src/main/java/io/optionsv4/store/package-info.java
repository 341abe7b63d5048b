/**
 * PostgreSQL persistence: {@link io.optionsv4.store.Database} opens the embedded PostgreSQL 17 of {@code
 * OPTIONS_V4_HOME} (or a production PostgreSQL named by {@link io.optionsv4.store.DbConfig}) and runs the Flyway
 * migrations of {@code db/migration}; {@link io.optionsv4.store.JdbiAnalysisStore}, {@link
 * io.optionsv4.store.JdbiIvHistoryStore} and {@link io.optionsv4.store.JdbiReferenceStore} implement the persistence
 * ports of {@code core}; {@link io.optionsv4.store.DatabaseMaintenance} backs {@code check} and {@code cleanup}. The
 * embedded server is durable and private ({@code synchronous_commit=on}, loopback, scram-sha-256 with the password
 * file of {@code ServerCredentials}) and stopped after its owner dies by {@link io.optionsv4.store.ServerWatchdog}.
 * Depends on {@code core} only.
 */
package io.optionsv4.store;
