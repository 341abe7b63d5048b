package io.optionsv4.store;

import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.store.testdata.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/**
 * The PostgreSQL paper account store on the {@link PaperAccountStoreContract}: its cases and assertions are the
 * contract's.
 */
class JdbiPaperAccountStoreIT extends PaperAccountStoreContract {

    private Database database;

    @Override
    protected PaperAccountStore newStore() {
        database = TestDatabases.fresh();
        return new JdbiPaperAccountStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }
}
