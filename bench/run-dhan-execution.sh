#!/usr/bin/env bash
# Dhan execution benchmark of docs/benchmarks.md: a 4-leg NIFTY iron butterfly from 'execute' to all legs filled against
# the fake Dhan server (DhanBroker + order-update socket, embedded PostgreSQL 17; JMH sample time). Target: 200 ms.
#   bench/run-dhan-execution.sh            default run (1 fork, 2 x 5 s warm-up, 3 x 15 s measurement; ~1.1 s per sample)
#   bench/run-dhan-execution.sh -f 1 -i 3  any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 2 -i 3 -w 5 -r 15)
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar DhanExecutionBenchmark "${args[@]}" -rf json \
    -rff bench/target/dhan-execution.json
uptime
