package io.optionsv4.app.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run's results document under {@code $OPTIONS_V4_HOME/results}: written whole to a {@code .partial} file first, then
 * moved to {@code STEM.json}, or {@code STEM_2.json}, {@code STEM_3.json}, ... when an earlier run of the same second
 * has the name: an earlier run's file is never replaced, and a reader never sees half a document.
 */
final class ResultsFile {

    /** Writes the document into the file it is given; may throw {@link IOException}. */
    @FunctionalInterface
    interface Writer {
        void writeTo(File file) throws IOException;
    }

    private ResultsFile() {}

    /**
     * Writes {@code document} as {@code home/results/STEM.json} (or the first free {@code STEM_n.json}).
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    static Path write(Path home, String stem, Writer document) {
        Path directory = home.resolve("results");
        Path file = directory.resolve(stem + ".json");
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, stem, ".partial");
            document.writeTo(partial.toFile());
            for (int n = 2; ; n++) {
                try {
                    // Without REPLACE_EXISTING the move fails rather than overwrite an earlier run's file.
                    Files.move(partial, file);
                    return file;
                } catch (FileAlreadyExistsException e) {
                    file = directory.resolve(stem + "_" + n + ".json");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results " + file, e);
        }
    }
}
