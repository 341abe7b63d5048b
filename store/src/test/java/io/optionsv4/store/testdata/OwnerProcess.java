package io.optionsv4.store.testdata;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.nio.file.Path;

/** A command that opens the home's database (becoming the server's owner), says so, and waits to be killed. */
public final class OwnerProcess {

    private OwnerProcess() {}

    /** Argument: the home directory. */
    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(DbConfig.embedded(Path.of(args[0])));
        System.out.println("open " + database.description());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
