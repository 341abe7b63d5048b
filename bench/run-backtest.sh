#!/usr/bin/env bash
# The backtest figures of docs/benchmarks.md (issue 17, items 2 and 4): the whole 2008-03 .. 2026-03 NIFTY history
# and one year of the simulated whole universe through 'options-v4 backtest', each in a fresh OPTIONS_V4_HOME (its own
# embedded PostgreSQL), with the load before and after (the machine is shared). Prints, per run, the wall time of the
# process (JVM start, database start and migration included) and the runner's own elapsed time (the days alone, as
# stored in backtest_runs), then min / median / max of the latter.
#   bench/run-backtest.sh                 both, once each
#   RUNS=3 bench/run-backtest.sh history  the history run three times
#   bench/run-backtest.sh sim             the simulated year only
#   bench/run-backtest.sh warm            the history run RUNS times (default 4) in one JVM (BacktestWarmRuns): the
#                                         first run cold, the others warm (JIT-compiled), min / median / max of those
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl app -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
which=${1:-both}
runs=${RUNS:-1}
from_history=${FROM_HISTORY:-2008-03-03}
to_history=${TO_HISTORY:-2026-03-13}
from_sim=${FROM_SIM:-2025-01-01}
to_sim=${TO_SIM:-2025-12-31}

bench() {
    local name=$1
    shift
    local elapsed=()
    for i in $(seq 1 "$runs"); do
        home=$(mktemp -d "${TMPDIR:-/tmp}/options-v4-bench-backtest.XXXXXX")
        echo "== $name run $i: options-v4 backtest $*  (load: $(uptime | sed 's/.*load average: //'))"
        start=$(date +%s.%N)
        OPTIONS_V4_HOME="$home" "$JAVA_HOME/bin/java" -jar app/target/options-v4.jar backtest "$@" --json \
            >"$home/result.json" 2>"$home/stderr.txt" || { cat "$home/stderr.txt"; exit 1; }
        end=$(date +%s.%N)
        seconds=$(python3 -c "import json,re,sys; d=json.load(open('$home/result.json'))['run'];\
m=re.fullmatch(r'PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?', d['elapsed']);\
print(round(int(m[1] or 0)*3600+int(m[2] or 0)*60+float(m[3] or 0),1), d['sessions'])")
        set -- "$@"
        printf '   process wall %.1f s; runner elapsed %s s over %s sessions; trades %s\n' \
            "$(echo "$end - $start" | bc)" ${seconds} \
            "$(python3 -c "import json; print(len(json.load(open('$home/result.json'))['trades']))")"
        elapsed+=("${seconds%% *}")
        rm -rf "$home"
    done
    printf '%s\n' "${elapsed[@]}" | sort -n | python3 -c "import sys,statistics;\
v=[float(x) for x in sys.stdin]; print('   $name runner elapsed s: min %.1f median %.1f max %.1f (n=%d)'\
% (min(v), statistics.median(v), max(v), len(v)))"
}

uptime
if [ "$which" = warm ]; then
    ./mvnw -B -q -o -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
    "$JAVA_HOME/bin/java" -cp bench/target/benchmarks.jar io.optionsv4.bench.BacktestWarmRuns "${RUNS:-4}" \
        --data history --from "$from_history" --to "$to_history"
    uptime
    exit 0
fi
if [ "$which" = both ] || [ "$which" = history ]; then
    bench history --data history --from "$from_history" --to "$to_history"
fi
if [ "$which" = both ] || [ "$which" = sim ]; then
    bench sim --data sim --from "$from_sim" --to "$to_sim"
fi
uptime
