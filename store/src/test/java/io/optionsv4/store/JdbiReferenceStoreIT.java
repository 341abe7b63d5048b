package io.optionsv4.store;

import io.optionsv4.core.allocation.ReferenceStore;
import io.optionsv4.store.testdata.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL store on the {@link ReferenceStoreContract}: its cases and assertions are the contract's. */
class JdbiReferenceStoreIT extends ReferenceStoreContract {

    private Database database;

    @Override
    protected ReferenceStore newStore() {
        database = TestDatabases.fresh();
        return new JdbiReferenceStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }
}
