/**
 * Validation and outcomes shared by every core package: {@link io.optionsv4.core.result.Checks} validates arguments and
 * returns them, so bad input fails early with a message that names the argument and the bad value; {@link
 * io.optionsv4.core.result.StrictNumbers} is the one decimal grammar for numbers read from outside, and {@link
 * io.optionsv4.core.result.SafeText} makes echoed input safe to print on a terminal.
 */
package io.optionsv4.core.result;
