#!/usr/bin/env bash
# The allocation figures of docs/benchmarks.md (issue 14): AllocationBenchmark, one whole allocation of 1,000
# candidates with the scenario grid, in JMH sample mode (min / median / max per call).
#   bench/run-allocation.sh            default run (1 fork, 5 x 1 s warm-up, 10 x 1 s measurement)
#   bench/run-allocation.sh -f 2       any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 5 -i 10 -w 1 -r 1)
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar AllocationBenchmark "${args[@]}" \
    -rf json -rff bench/target/allocation.json
uptime
