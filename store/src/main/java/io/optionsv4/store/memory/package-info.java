/**
 * The store ports of a backtest's working books, in memory: {@link io.optionsv4.store.memory.MemoryBooks} holds the
 * tables the stores share (strategies, status, allocations, executions, orders, trades, exit intents, stock data) with
 * the indexes a day of a backtest reads, and one class per port works on it ({@link
 * io.optionsv4.store.memory.MemoryAnalysisStore}, {@link io.optionsv4.store.memory.MemoryAllocationStore}, {@link
 * io.optionsv4.store.memory.MemoryExecutionStore}, {@link io.optionsv4.store.memory.MemoryHeldPositionStore}, {@link
 * io.optionsv4.store.memory.MemoryExitIntentStore}, {@link io.optionsv4.store.memory.MemoryPortfolioStore}, {@link
 * io.optionsv4.store.memory.MemoryReferenceStore}), beside three that keep their own rows ({@link
 * io.optionsv4.store.memory.MemoryIvHistoryStore}, {@link io.optionsv4.store.memory.MemoryMarketConditionsStore},
 * {@link io.optionsv4.store.memory.MemoryPaperAccountStore}). Each behaves as its {@code Jdbi*} counterpart over the
 * migrated schema (ids, ordering, empty cases, atomic writes, the paper account's optimistic version) for the life of
 * one process: a backtest's books, which are dropped after the run anyway. Nothing is durable. Thread-safe. Depends on
 * {@code core} only.
 */
package io.optionsv4.store.memory;
