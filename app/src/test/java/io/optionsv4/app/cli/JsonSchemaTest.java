package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.optionsv4.app.testdata.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every {@code --json} document validates against its published schema in {@code docs/schema/}. */
class JsonSchemaTest {

    private static final Path SCHEMAS = locateSchemas();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String SPREAD = """
            {"spot":1500,"volatility":0.25,"rate":0.065,"dividend":0,"days":30,"lot_size":500,
             "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2,"lots":1},
                     {"right":"CALL","side":"SELL","strike":1560,"premium":12.1,"lots":1}]}
            """;

    @Test
    void test_payoffJson_validatesAgainstItsSchema() throws IOException {
        assertValid("payoff", Cli.run(SPREAD, "payoff", "--json"));
        assertValid(
                "payoff",
                Cli.run(
                        "",
                        "payoff",
                        "--json",
                        "--strategy",
                        "iron-condor",
                        "--strikes",
                        "1400,1450,1550,1600",
                        "--spot",
                        "1500",
                        "--volatility",
                        "0.25",
                        "--days",
                        "30"));
    }

    @Test
    void test_chainJson_validatesAgainstItsSchema() throws IOException {
        assertValid("chain", Cli.run("", "data", "chain", "NIFTY", "--as-of", "2026-11-20", "--width", "3", "--json"));
    }

    @Test
    void test_quotesJson_validatesAgainstItsSchema() throws IOException {
        assertValid("quotes", Cli.run("", "data", "quotes", "NIFTY", "RELIANCE", "--as-of", "2026-11-20", "--json"));
    }

    @Test
    void test_analyzeJson_validatesAndItsStrategyFeedsPayoff() throws IOException {
        Cli.Run run = Cli.run(
                "",
                "analyze",
                "--as-of",
                "2026-11-20",
                "--symbol",
                "NIFTY,RELIANCE",
                "--no-database",
                "--json",
                "--quiet");
        assertValid("analyze", run);
        assertThat(MAPPER.readTree(run.out()).has("data_quality"))
                .as("the simulated market reports no data quality: the key is left out")
                .isFalse();
        JsonNode strategy = MAPPER.readTree(run.out())
                .get("symbols")
                .get(0)
                .get("strategies")
                .get(0);
        Cli.Run payoff = Cli.run(strategy.toString(), "payoff", "--json");
        assertThat(payoff.exitCode()).as(payoff.err()).isZero();
        JsonNode figures = MAPPER.readTree(payoff.out());
        assertThat(figures.get("probability_of_profit").asDouble())
                .isCloseTo(strategy.get("figures").get("probability_of_profit").asDouble(), within(0.0001));
        assertValid("payoff", payoff);
    }

    @Test
    void test_schema_rejectsCamelCaseOutput() throws IOException {
        JsonNode camel = MAPPER.readTree(
                "{\"maxProfit\":1,\"maxLoss\":1,\"breakevens\":[],\"probabilityOfProfit\":0.5,\"expectedValue\":0}");
        assertThat(schema("payoff").validate(camel)).isNotEmpty();
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }

    /** Asserts that {@code run} succeeded and printed a document valid against {@code docs/schema/NAME.schema.json}. */
    static void assertValid(String name, Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Set<ValidationMessage> errors = schema(name).validate(MAPPER.readTree(run.out()));
        assertThat(errors)
                .as(name + " output against docs/schema/" + name + ".schema.json")
                .isEmpty();
    }

    static JsonSchema schema(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                        "https://optionsv4.io/schema/", SCHEMAS.toUri().toString())));
        return factory.getSchema(SchemaLocation.of("https://optionsv4.io/schema/" + name + ".schema.json"));
    }

    private static Path locateSchemas() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/schema");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/schema not found above " + Path.of("").toAbsolutePath());
    }
}
