/**
 * Validation and outcomes shared by every core package: {@link io.optionsv4.core.result.Checks} validates arguments and
 * returns them, so bad input fails early with a message that names the argument and the bad value.
 */
package io.optionsv4.core.result;
