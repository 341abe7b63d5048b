package io.optionsv4.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code options-v4 price}: the batch Black–Scholes–Merton calculator, CSV in and CSV out. */
@Command(
        name = "price",
        mixinStandardHelpOptions = true,
        description = {
            "Prices European options (Black-Scholes-Merton with dividend yield): CSV in, CSV out.",
            "",
            "Input columns, by header name in any order: right (CALL|PUT), spot, strike, rate, dividend,",
            "volatility, time (years); optional price. Rates and volatilities are decimals (0.2 = 20%%).",
            "An empty volatility with a price solves the implied volatility and reports the Greeks at it.",
            "",
            "Output: the input columns, then price,delta,gamma,vega,theta,rho,implied_volatility,status.",
            "price per unit of underlying; vega per volatility point (0.01); theta per calendar day;",
            "rho per percentage point (0.01). status is OK, an implied-volatility status",
            "(BELOW_INTRINSIC, ABOVE_UPPER_BOUND, EXPIRED, NOT_REPRESENTABLE) or INVALID_INPUT: <reason>; bad rows",
            "do not stop the others.",
            "",
            "No bid, ask or executable columns: price is a theoretical (model) value, not a quote, and the",
            "spread model also needs what a row does not carry (index or stock, volume, open interest). For",
            "executable prices and costs of a position use 'options-v4 payoff' with each leg's bid and ask,",
            "or --spread for the calibrated spread model.",
            ""
        },
        footer = {
            "",
            "Example:",
            "  printf 'right,spot,strike,rate,dividend,volatility,time\\nCALL,42,40,0.1,0,0.2,0.5\\n' \\",
            "    | options-v4 price"
        })
public final class PriceCommand implements Callable<Integer> {

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            description = "CSV file to read (default: standard input).")
    private Path input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "CSV file to write (default or -: standard output). Written whole or not at all; only a"
                    + " regular file is replaced.")
    private Path output;

    /** Creates the command reading standard input from {@code stdin}. */
    public PriceCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PriceCsv.Summary summary;
        try (Reader in = openInput()) {
            if (output == null || OutputFile.isStdout(output)) {
                summary = PriceCsv.run(in, spec.commandLine().getOut());
            } else {
                summary = OutputFile.write(output, out -> PriceCsv.run(in, out));
            }
        }
        if (summary.failed() > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "options-v4 price: %d of %d rows could not be priced (see their status)%n",
                            summary.failed(), summary.rows());
            return 1;
        }
        return 0;
    }

    private Reader openInput() throws IOException {
        if (input == null) {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("input file not found: " + input, e);
        }
    }
}
