#!/usr/bin/env bash
# Execution benchmark of docs/benchmarks.md: a 4-leg NIFTY iron condor from 'execute' to all legs filled on the paper
# broker, embedded PostgreSQL 17 (JMH, sample time: the report's p0.50 is the median). Issue 15's target: 50 ms.
#   bench/run-execution.sh            default run (1 fork, 3 x 5 s warm-up, 5 x 10 s measurement)
#   bench/run-execution.sh -f 1 -i 3  any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 3 -i 5 -w 5 -r 10)
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar ExecutionBenchmark "${args[@]}" -rf json \
    -rff bench/target/execution.json
uptime
