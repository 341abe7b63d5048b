#!/usr/bin/env bash
# The historical NIFTY market figures of docs/benchmarks.md (issue 17, item 1): HistoricalNiftyBenchmark, one session
# (quote, VIX, expiries, four nearest chains) and the whole 2008-2026 history in one pass, with the load before and
# after (the machine is shared).
#   bench/run-history.sh               default run (the annotations' iterations, 1 fork)
#   bench/run-history.sh -f 2          any JMH options are passed on
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar HistoricalNiftyBenchmark "$@" \
    -rf json -rff bench/target/history.json
uptime
