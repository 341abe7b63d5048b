/**
 * The four daily operations (strategy creation, allocation, execution, monitoring) as services wired from the ports of
 * {@code core}; adapters are chosen by {@code app}, never here.
 */
package io.optionsv4.engine;
