package io.optionsv4.marketdata.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads data files plain or gzipped, transparently: a name ending in {@code .gz} is decompressed on the fly, so the
 * project's bundled files ({@code data/…csv.gz}) and a user's own plain downloads read the same way.
 */
public final class DataFiles {

    /** The suffix of a gzipped file. */
    public static final String GZIP_SUFFIX = ".gz";

    private DataFiles() {}

    /** Returns true when {@code file}'s name ends in {@code .gz} (any case). */
    public static boolean isGzipped(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    /** Returns {@code fileName} without a trailing {@code .gz} (any case): the name of the content. */
    public static String contentName(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(GZIP_SUFFIX)
                ? fileName.substring(0, fileName.length() - GZIP_SUFFIX.length())
                : fileName;
    }

    /**
     * Opens {@code file} for reading its content: decompressed when gzipped. The caller closes the stream.
     *
     * @throws IOException when the file cannot be opened or its gzip header is invalid
     */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (!isGzipped(file)) {
            return in;
        }
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw new IOException(file + " is not a valid gzip file: " + e.getMessage(), e);
        }
    }

    /** Returns the whole content of {@code file} decoded with {@code charset}. */
    public static String readString(Path file, Charset charset) throws IOException {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), charset);
        }
    }

    /** Returns the lines of {@code file}'s content (line terminators {@code \n}, {@code \r\n} or {@code \r}). */
    public static List<String> readAllLines(Path file, Charset charset) throws IOException {
        return readString(file, charset).lines().toList();
    }

    /**
     * Returns {@code dir/relative} when it is a regular file, else {@code dir/relative.gz} when that is, else empty.
     */
    public static Optional<Path> resolve(Path dir, String relative) {
        Path plain = dir.resolve(relative);
        if (Files.isRegularFile(plain)) {
            return Optional.of(plain);
        }
        Path gzipped = dir.resolve(relative + GZIP_SUFFIX);
        return Files.isRegularFile(gzipped) ? Optional.of(gzipped) : Optional.empty();
    }
}
