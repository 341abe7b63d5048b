package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportIndustryAllocationsCommandIT {

    @TempDir
    Path dir;

    @Test
    void test_import_goodFileReplacesBadFileStoresNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.csv"), """
                industry,weight_percentage,position_type
                # banks first
                Financial Services,30,LONG
                "Metals & Mining",10.1234,short
                """);
        Cli.Run ok = StoreCli.run("data", "import-industry-allocations", good.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("2 industries imported");
        int sectors = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM sector_allocations_current")
                        .mapTo(Integer.class)
                        .one());
        assertThat(sectors).isPositive();

        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                industry,weight_percentage,position_type
                Financial Services,abc,LONG
                Nowhere Industry,5,LONG
                Power,5,SIDEWAYS
                Power,96,LONG
                Realty,10,LONG
                """);
        Cli.Run rejected = StoreCli.run("data", "import-industry-allocations", bad.toString());

        assertThat(rejected.exitCode()).isEqualTo(2);
        assertThat(rejected.err())
                .contains("nothing stored")
                .contains("line 2: weight_percentage 'abc' is not a number")
                .contains("line 3: unknown industry 'Nowhere Industry'")
                .contains("line 4: position_type must be LONG or SHORT but was 'SIDEWAYS'")
                .contains("weights add up to 106 %, more than 100 %");
        var rows = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT industry || ' ' || weight_percentage || ' ' || position_type"
                                + " || ' ' || source FROM industry_allocations_current ORDER BY industry")
                        .mapTo(String.class)
                        .list());
        assertThat(rows)
                .containsExactly("Financial Services 30.0000 LONG IMPORTED", "Metals & Mining 10.1234 SHORT IMPORTED");
    }
}
