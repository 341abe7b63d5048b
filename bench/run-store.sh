#!/usr/bin/env bash
# Store benchmarks of docs/benchmarks-store.md: one symbol's complete analysis and a day of 200 symbols on the
# embedded PostgreSQL 17 (JMH, sample time: the report's p0.50 is the median).
#   bench/run-store.sh            default run (1 fork, 3 x 5 s warm-up, 5 x 5 s measurement)
#   bench/run-store.sh -f 1 -i 3  any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 3 -i 5 -w 5 -r 5)
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar StoreBenchmark "${args[@]}" -rf json -rff bench/target/store.json
