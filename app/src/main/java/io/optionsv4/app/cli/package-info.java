/**
 * The picocli commands, one class per subcommand, with {@link io.optionsv4.app.cli.RootCommand} holding the global
 * options. Exit codes: 0 ok, 1 failure, 2 usage, 3 broker, data or
 * database unavailable.
 */
package io.optionsv4.app.cli;
