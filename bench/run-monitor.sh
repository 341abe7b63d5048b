#!/usr/bin/env bash
# Monitoring (issue 16) in docs/benchmarks.md: tick to exit decision (MonitorBenchmark, sample mode: p50/p99/p99.9)
# and decoding the Dhan binary feed with the GC profiler (FeedDecoderBenchmark, bytes allocated per frame).
#   bench/run-monitor.sh              full run, about 2 minutes
#   bench/run-monitor.sh -f 1 -i 3    any JMH options replace the defaults
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 2 -wi 5 -i 5 -w 1 -r 2)
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar MonitorBenchmark "${args[@]}" -rf json -rff bench/target/monitor.json
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar FeedDecoderBenchmark "${args[@]}" -prof gc -rf json -rff bench/target/feed.json
uptime
