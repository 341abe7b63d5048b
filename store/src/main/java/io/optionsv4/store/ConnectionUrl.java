package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)password=");
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

    /**
     * Returns {@code url} with any password replaced by ****, whatever characters it holds: everything from the first
     * {@code :} after {@code ://} up to the last {@code @}, and everything after {@code password=} (to the end, since a
     * raw {@code &} may belong to the password). Masking too much is safe; showing part of a password is not.
     */
    public static String mask(String url) {
        String text = url;
        int scheme = text.indexOf("://");
        int at = text.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            String info = text.substring(scheme + 3, at);
            int colon = info.indexOf(':');
            String user = colon < 0 ? info : info.substring(0, colon);
            text = text.substring(0, scheme + 3) + user + (colon < 0 ? "" : ":****") + text.substring(at);
        }
        Matcher password = PASSWORD_PARAMETER.matcher(text);
        return password.find() ? text.substring(0, password.end()) + "****" : text;
    }

    @Override
    public String toString() {
        return "ConnectionUrl[" + mask(jdbcUrl) + ", user=" + user.orElse("-") + ", password="
                + (password.isPresent() ? "****" : "-") + "]";
    }

    private static ConnectionUrl fromLibpq(String original) {
        int scheme = original.indexOf("://") + 3;
        int at = original.lastIndexOf('@');
        String info = at >= scheme ? original.substring(scheme, at) : null;
        String text = info == null ? original : original.substring(0, scheme) + original.substring(at + 1);
        URI uri = uri(text, original);
        Checks.argument(uri.getHost() != null, "database URL has no host: " + mask(original));
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? "postgres"
                : uri.getPath().substring(1);
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (info != null) {
            int colon = info.indexOf(':');
            user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon)))
                    .filter(u -> !u.isEmpty());
            password = colon < 0 ? Optional.empty() : Optional.of(decode(info.substring(colon + 1)));
        }
        return new ConnectionUrl(withSsl(jdbc, uri), user, password);
    }

    /** Decodes percent-escapes ({@code %40} is {@code @}); a {@code %} not followed by two hex digits stays as is. */
    private static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
            out.append(c);
        }
        return out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
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
