/** Test fixtures of the core module: independent numerical references for closed-form analytics. */
package io.optionsv4.core.testdata;
