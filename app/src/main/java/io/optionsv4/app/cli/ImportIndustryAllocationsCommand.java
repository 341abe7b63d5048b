package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiReferenceStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 data import-industry-allocations FILE}: replaces {@code industry_allocations_current} by the file's
 * rows (format: {@link IndustryAllocationCsv}). A bad file is reported line by line, and then nothing is stored (exit
 * code 2).
 */
@Command(
        name = "import-industry-allocations",
        mixinStandardHelpOptions = true,
        description = {
            "Replaces the industry allocations by a CSV file: industry,weight_percentage,position_type.",
            "Bad rows are named with their line numbers; nothing is stored when the file is bad."
        })
public final class ImportIndustryAllocationsCommand implements Callable<Integer> {

    private final StoreFactory storeFactory;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
    private Path file;

    /** Creates the command with the factory that opens the database and the clock that dates the import. */
    public ImportIndustryAllocationsCommand(StoreFactory storeFactory, Clock clock) {
        this.storeFactory = storeFactory;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("file not found: " + file);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> industries = ReferenceData.standard().underlyings().stream()
                .map(Underlying::industry)
                .collect(Collectors.toSet());
        IndustryAllocationCsv.Parsed parsed =
                IndustryAllocationCsv.parse(lines, industries, LocalDate.now(clock.withZone(CheckCommand.INDIA)));
        if (!parsed.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(file + ": " + parsed.problems().size() + " problems, nothing stored:");
            parsed.problems().forEach(p -> err.println("  " + p));
            return RootCommand.EXIT_USAGE;
        }
        try (Database database = storeFactory.open()) {
            JdbiReferenceStore store = new JdbiReferenceStore(database.jdbi());
            store.storeStocks(ReferenceData.standard().underlyings());
            store.replaceIndustryAllocations(parsed.allocations());
            ReferenceSeeder.rollUpSectors(store, ReferenceData.standard(), parsed.allocations());
        }
        spec.commandLine()
                .getOut()
                .println("industry_allocations_current: " + parsed.allocations().size() + " industries imported from "
                        + file);
        return 0;
    }
}
