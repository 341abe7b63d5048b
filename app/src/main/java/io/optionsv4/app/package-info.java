/**
 * The {@code options-v4} application: {@link io.optionsv4.app.Main} and the composition root that picks adapters
 * (simulation and embedded defaults unless configured otherwise) and runs a command.
 */
package io.optionsv4.app;
