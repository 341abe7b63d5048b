#!/usr/bin/env bash
# The analyze figures of docs/benchmarks.md (issue 5):
#   1. AnalyzeBenchmark (JMH, single shot): the whole universe analysed and stored on a warm JVM, simulated market and
#      the real 3 January 2020 replay, cold and reused market data caches.
#   2. The full command from a cold start: a new JVM per run of 'options-v4 analyze --risk moderate' on the default
#      data with the embedded database (first run: a fresh home, including the database's initdb; then 5 runs on it).
#   bench/run-analyze.sh               both
#   bench/run-analyze.sh jmh [ARGS]    only 1 (JMH options replace the defaults)
#   bench/run-analyze.sh command       only 2
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
what=${1:-all}
[ $# -gt 0 ] && shift

if [ "$what" = all ] || [ "$what" = jmh ]; then
    ./mvnw -B -q -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
    args=("$@")
    [ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 5 -i 10)
    "$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar AnalyzeBenchmark "${args[@]}" \
        -rf json -rff bench/target/analyze.json
fi

if [ "$what" = all ] || [ "$what" = command ]; then
    ./mvnw -B -q -pl app -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    run() {
        local start end
        start=$(date +%s%N)
        OPTIONS_V4_HOME="$home" "$JAVA_HOME/bin/java" -jar app/target/options-v4.jar analyze --risk moderate \
            >"$home/out.txt" 2>&1 || { cat "$home/out.txt"; exit 1; }
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    }
    echo "first run on a fresh home (includes initdb): $(run) ms"
    times=()
    for _ in 1 2 3 4 5; do times+=("$(run)"); done
    echo "cold JVM, existing home, 5 runs (ms): ${times[*]}"
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms, max " a[NR] " ms"}'
    grep -E 'symbols analysed|with strategies|elapsed' "$home/out.txt"
fi
