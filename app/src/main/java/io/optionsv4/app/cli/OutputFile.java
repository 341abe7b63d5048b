package io.optionsv4.app.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a command's output file safely: into a temporary file beside the target, then renamed over it in one step
 * (a reader sees the old file or the whole new one); only a regular file is ever replaced — a symlink, device, FIFO
 * or directory at the target is refused (exit 2), so {@code -o /dev/full} or a planted symlink cannot be clobbered.
 * The name {@code -} means standard output.
 */
final class OutputFile {

    /** The name that means standard output. */
    static final String STDOUT = "-";

    /** Writes to a {@link Writer}; may throw {@link IOException}. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private OutputFile() {}

    /** Returns true when {@code target} names standard output. */
    static boolean isStdout(Path target) {
        return target.toString().equals(STDOUT);
    }

    /** Writes bytes to an {@link OutputStream}; may throw {@link IOException}. */
    @FunctionalInterface
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file and an atomic rename.
     *
     * @throws IllegalArgumentException when {@code target} exists and is not a regular file
     */
    static <T> T write(Path target, Content<T> content) throws IOException {
        Object[] result = new Object[1];
        writeBytes(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            result[0] = content.writeTo(out);
            out.flush();
        });
        @SuppressWarnings("unchecked")
        T written = (T) result[0];
        return written;
    }

    /**
     * Writes binary {@code content} (an image, say) to {@code target} through a temporary file and an atomic rename.
     *
     * @throws IllegalArgumentException when {@code target} exists and is not a regular file, or its folder is missing
     */
    static void writeBytes(Path target, Bytes content) throws IOException {
        Path absolute = target.toAbsolutePath();
        requireReplaceable(absolute);
        if (!Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException(
                    "cannot write " + target + ": folder " + absolute.getParent() + " does not exist");
        }
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            requireReplaceable(absolute);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Fails when {@code target} exists (the link itself, not what it points to) and is not a regular file.
     *
     * @throws IllegalArgumentException naming the target and what it is
     */
    static void requireReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes attributes =
                Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            String kind = attributes.isSymbolicLink()
                    ? "a symbolic link"
                    : attributes.isDirectory() ? "a directory" : "a device, FIFO or socket";
            throw new IllegalArgumentException("refusing to replace " + target + ": it is " + kind
                    + ", not a regular file (use - for standard output)");
        }
    }
}
