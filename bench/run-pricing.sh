#!/usr/bin/env bash
# Pricing benchmarks of docs/benchmarks.md: Options V4 beside OpenGamma Strata over the same 10,000 random inputs
# (JMH), then the worst implied-volatility round-trip errors of both over those inputs.
#   bench/run-pricing.sh            full run (2 forks x 5 x 1 s measurement), about 3 minutes
#   bench/run-pricing.sh -f 1 -i 3  any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 2 -wi 5 -i 5 -w 1 -r 1)
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar PricingBenchmark "${args[@]}" -rf json -rff bench/target/pricing.json
"$JAVA_HOME/bin/java" -cp bench/target/benchmarks.jar io.optionsv4.bench.ImpliedVolatilityAccuracy
