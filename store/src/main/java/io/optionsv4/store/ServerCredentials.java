package io.optionsv4.store;

import io.optionsv4.core.result.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's secret and its client authentication: a random password in the 0600 file {@code db/password},
 * and a {@code pg_hba.conf} that asks every connection (Unix socket or TCP on loopback) for that password by {@code
 * scram-sha-256}, with no {@code trust} line.
 *
 * <p>A fresh cluster gets the password at {@code initdb} ({@code --pwfile}), so it never accepts a password-less
 * connection. A cluster created by an older version with {@code trust} authentication is migrated on its next start:
 * the password is set with {@code ALTER ROLE}, {@code pg_hba.conf} rewritten and the configuration reloaded; the data
 * is untouched. The password is never printed.
 */
final class ServerCredentials {

    /** The superuser the embedded cluster is created with. */
    static final String USER = "postgres";

    private static final String HBA = """
            # Written by options-v4: every connection needs the password of db/password (scram-sha-256).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;
    private static final int PASSWORD_BYTES = 32;

    private final Path file;

    private ServerCredentials(Path file) {
        this.file = file;
    }

    /** Returns the credentials of the database directory {@code directory} (the password file need not exist yet). */
    static ServerCredentials of(Path directory) {
        return new ServerCredentials(directory.resolve("password"));
    }

    /** Returns the password file, {@code db/password}. */
    Path file() {
        return file;
    }

    /**
     * Returns the password, creating the 0600 file with a new random password when there is none.
     *
     * @throws StoreException when the file cannot be read or written
     */
    String password() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (password.isEmpty()) {
                throw new StoreException("the database password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new StoreException("cannot read or create the database password file " + file, e);
        }
    }

    /** Returns true when the {@code pg_hba.conf} of {@code data} has a {@code trust} line (an old cluster). */
    static boolean trusts(Path data) {
        try {
            return Files.readAllLines(data.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.startsWith("#") && !l.isEmpty())
                    .anyMatch(l -> l.matches("(?i).*\\btrust\\b.*"));
        } catch (IOException e) {
            throw new StoreException("cannot read " + data.resolve("pg_hba.conf"), e);
        }
    }

    /** Writes the password-only {@code pg_hba.conf} into {@code data}. */
    static void writeHba(Path data) {
        try {
            Path temp = data.resolve("pg_hba.conf.new");
            Files.writeString(temp, HBA, StandardCharsets.UTF_8);
            Files.move(temp, data.resolve("pg_hba.conf"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + data.resolve("pg_hba.conf"), e);
        }
    }

    /**
     * Migrates a running {@code trust} cluster: sets the password, rewrites {@code pg_hba.conf}, reloads.
     *
     * @throws StoreException when the server refuses
     */
    void migrateTrusting(Path data, int port) {
        String password = password();
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            // the password is base64url: no quote can end the literal
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            writeHba(data);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot set the password of the embedded database in " + data + ": " + SqlErrors.reason(e), e);
        }
    }

    private void create() throws IOException {
        byte[] bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
    }
}
