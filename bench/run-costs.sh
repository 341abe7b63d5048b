#!/usr/bin/env bash
# Costs and margin of one 4-leg strategy (issue 12) in docs/benchmarks.md: CostsMarginBenchmark (JMH).
#   bench/run-costs.sh              full run (2 forks x 5 x 1 s measurement), about 1 minute
#   bench/run-costs.sh -f 1 -i 3    any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 2 -wi 5 -i 5 -w 1 -r 1)
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar CostsMarginBenchmark "${args[@]}" -rf json -rff bench/target/costs.json
uptime
