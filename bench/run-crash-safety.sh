#!/usr/bin/env bash
# Crash-safety run of docs/reliability.md: N times (default 50) a process stores analyses one transaction at a time
# into a fresh embedded PostgreSQL home, the server's postmaster (even runs) or the storing JVM (odd runs) is killed
# with SIGKILL at a random moment, the database is reopened and every symbol reported committed must be there.
#   bench/run-crash-safety.sh [RUNS] [SEED]
# Exit 0 when nothing committed was lost. CrashSafetyIT runs 5 of these in the build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl store -am install -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
./mvnw -B -q -o -pl store test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
    -Dmdep.includeScope=test
# a private copy of the classes, so a build running meanwhile cannot pull them from under the child processes
work=$(mktemp -d)
cp -r store/target/test-classes "$work/test-classes"
cp -r store/target/classes "$work/classes"
cp="$work/test-classes:$work/classes:$(cat store/target/test.classpath)"
uptime
"$JAVA_HOME/bin/java" -cp "$cp" io.optionsv4.store.testdata.CrashSafety "${1:-50}" ${2:+"$2"}
uptime
