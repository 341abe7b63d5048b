package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * A production database URL turned into what the PostgreSQL JDBC driver takes: a {@code jdbc:postgresql://} URL and,
 * when the URL carried them, the user and password.
 *
 * <p>Accepted forms: {@code jdbc:postgresql://host:port/db?params} (used as is), and the libpq form Supabase shows,
 * {@code postgresql://user:password@host:port/db?sslmode=require} (also {@code postgres://}); the port defaults to
 * 5432, the database to {@code postgres}, percent-encoded user and password are decoded. For any host other than
 * {@code localhost}/{@code 127.0.0.1}/{@code ::1} without an {@code ssl} or {@code sslmode} parameter, {@code
 * sslmode=require} is added: SSL is on unless the URL says otherwise. {@link #toString()} masks the password.
 *
 * @param jdbcUrl the JDBC URL, without the user information of a libpq URL
 * @param user the user named in the URL, if any
 * @param password the password named in the URL, if any
 */
public record ConnectionUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** Validates the parts. */
    public ConnectionUrl {
        Checks.notBlank(jdbcUrl, "jdbcUrl");
        Checks.notNull(user, "user");
        Checks.notNull(password, "password");
    }

    /**
     * Parses a database URL.
     *
     * @throws IllegalArgumentException for a URL of another form; the message shows the URL with the password masked
     */
    public static ConnectionUrl parse(String url) {
        String text = Checks.notBlank(url, "url").strip();
        if (text.startsWith("jdbc:postgresql://")) {
            URI uri = uri(text.substring("jdbc:".length()), text);
            return new ConnectionUrl(withSsl(text, uri), Optional.empty(), Optional.empty());
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return fromLibpq(text);
        }
        throw new IllegalArgumentException(
                "database URL must start with jdbc:postgresql://, postgresql:// or postgres:// but was " + mask(text));
    }

    /** Returns {@code url} with any password (user information or {@code password=} parameter) replaced by ****. */
    public static String mask(String url) {
        return url.replaceAll("(://[^:/@?]*):[^/?]*@", "$1:****@").replaceAll("(?i)(password=)[^&]*", "$1****");
    }

    @Override
    public String toString() {
        return "ConnectionUrl[" + mask(jdbcUrl) + ", user=" + user.orElse("-") + ", password="
                + (password.isPresent() ? "****" : "-") + "]";
    }

    private static ConnectionUrl fromLibpq(String text) {
        URI uri = uri(text, text);
        Checks.argument(uri.getHost() != null, "database URL has no host: " + mask(text));
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? "postgres"
                : uri.getPath().substring(1);
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getUserInfo() != null) {
            String info = uri.getUserInfo();
            int colon = info.indexOf(':');
            user = Optional.of(colon < 0 ? info : info.substring(0, colon)).filter(u -> !u.isEmpty());
            password = colon < 0 ? Optional.empty() : Optional.of(info.substring(colon + 1));
        }
        return new ConnectionUrl(withSsl(jdbc, uri), user, password);
    }

    private static URI uri(String text, String original) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("database URL cannot be parsed: " + mask(original), e);
        }
    }

    private static String withSsl(String jdbc, URI uri) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().toLowerCase(java.util.Locale.ROOT);
        boolean sslGiven = query.matches("(^|.*&)ssl(mode)?=.*");
        if (sslGiven || uri.getHost() == null || LOCAL_HOSTS.contains(uri.getHost())) {
            return jdbc;
        }
        return jdbc + (jdbc.contains("?") ? "&" : "?") + "sslmode=require";
    }
}
