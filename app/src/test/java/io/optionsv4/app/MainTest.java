package io.optionsv4.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void test_version_printsProjectVersion() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        int code = commandLine.execute("--version");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("options-v4 0.").contains("Java ");
    }
}
