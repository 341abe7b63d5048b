#!/usr/bin/env bash
# Reliability harness of docs/execution.md: N (default 1,000) randomised executions over the paper broker behind the
# fault-injecting broker (rejections, time-outs before and after the broker took the order, legs that never fill or
# fill in part or late, dropped connections, duplicated and reordered order events, crashes at a random broker call
# followed by a restart), each checked for: terminal state, no naked short, no duplicate order, every transition in
# the audit log, books equal to the broker's fills, positions and cash.
#   bench/run-execution-faults.sh [RUNS] [SEED]
# Exit 0 when no invariant broke. ExecutionFaultsIT runs 100 of these in the build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl engine -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
    -Dmdep.includeScope=test -Dcheckstyle.skip -Dspotless.check.skip
# a private copy of the classes, so a build running meanwhile cannot pull them from under the run
work=$(mktemp -d)
cp -r engine/target/test-classes "$work/test-classes"
cp -r engine/target/classes "$work/classes"
cp=""
while IFS= read -r entry; do
    case "$entry" in
        "$root"/*/target/*)
            copy="$work/dep$((${#cp}))"
            cp -r "$entry" "$copy"
            cp="$cp:$copy" ;;
        *) cp="$cp:$entry" ;;
    esac
done < <(tr ':' '\n' < engine/target/test.classpath)
uptime
status=0
"$JAVA_HOME/bin/java" -cp "$work/test-classes:$work/classes$cp" io.optionsv4.engine.testdata.ExecutionFaults \
    "${1:-1000}" ${2:+"$2"} || status=$?
uptime
rm -rf "$work"
exit $status
