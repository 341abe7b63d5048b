/**
 * JMH benchmarks of the core, with OpenGamma Strata side by side, and the accuracy checks that go with them. Build
 * with {@code ./mvnw -pl bench -am package -DskipTests}; run with {@code java -jar bench/target/benchmarks.jar}.
 */
package io.optionsv4.bench;
