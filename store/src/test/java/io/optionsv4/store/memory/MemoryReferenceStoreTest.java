package io.optionsv4.store.memory;

import io.optionsv4.core.allocation.ReferenceStore;

/**
 * The in-memory reference store, on the cases {@code JdbiReferenceStoreIT} runs on PostgreSQL: its cases and
 * assertions are the contract's.
 */
class MemoryReferenceStoreTest extends io.optionsv4.store.ReferenceStoreContract {

    @Override
    protected ReferenceStore newStore() {
        return new MemoryReferenceStore(new MemoryBooks());
    }
}
