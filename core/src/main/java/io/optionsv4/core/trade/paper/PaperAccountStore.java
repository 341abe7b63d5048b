package io.optionsv4.core.trade.paper;

import io.optionsv4.core.money.Money;
import java.time.Instant;

/**
 * The store of paper accounts (PostgreSQL in production and tests): the paper broker keeps its book in memory and
 * writes every step through this port before it reports the step, so a restarted broker continues where it stopped.
 *
 * <p>Concurrency is optimistic: every account has a version, {@link #commit} stores a step only when the account is
 * still at the version the broker last read and raises it by one; otherwise it stores nothing and returns false, and
 * the broker reloads the account and recomputes the step. Two processes may so share one account safely.
 * Implementations throw {@code io.optionsv4.core.result.StoreException} when the store fails; thread-safe.
 */
public interface PaperAccountStore {

    /**
     * Returns the account's book, first creating the account with {@code openingDeposit} as its first ledger entry
     * when it does not exist (an existing account keeps its ledger whatever the deposit).
     *
     * @param account the account's name: 1-30 characters of {@code [A-Za-z0-9_-]}
     * @param openingDeposit the deposit of a new account, {@code > 0}
     * @param at when a new account is opened
     */
    PaperBook open(String account, Money openingDeposit, Instant at);

    /** Returns the account's current version. */
    long version(String account);

    /** Returns the account's book as stored. */
    PaperBook load(String account);

    /**
     * Stores {@code changes} atomically when the account's version is {@code expectedVersion}, raising it by one.
     *
     * @return true when stored; false (nothing stored) when another writer changed the account since
     * @throws io.optionsv4.core.result.StoreException when the store fails or rejects the changes (e.g. a
     *     correlation id already used by another order of the account)
     */
    boolean commit(String account, long expectedVersion, PaperChanges changes);
}
