#!/usr/bin/env bash
# Paper account benchmark of docs/benchmarks.md: one PaperBroker call (funds(), place of an immediate-or-cancel limit
# order) on an account with 10,000 settled fills against a fresh account, embedded PostgreSQL 17.
#   bench/run-paper-account.sh     funds: JMH sample time, 1 fork, 3 x 2 s warm-up, 5 x 3 s measurement;
#                                  place: single shot, 1 fork, 200 warm-up calls, 300 measured calls
# Prints min / median / max of each from the JSON results (bench/target/paper-account-*.json).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
optionsv4_find_jdk || exit 1
cd "$root"
./mvnw -B -q -o -pl bench -am package -DskipTests -Dcheckstyle.skip -Dspotless.check.skip
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar 'PaperAccountBenchmark.funds' -f 1 -wi 3 -i 5 -w 2 -r 3 \
    -rf json -rff bench/target/paper-account-funds.json
uptime
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar 'PaperAccountBenchmark.place' -bm ss -tu us -f 1 -wi 200 \
    -i 300 -rf json -rff bench/target/paper-account-place.json
uptime
python3 - bench/target/paper-account-funds.json bench/target/paper-account-place.json <<'PY'
import json, sys
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        p = m["scorePercentiles"]
        print("%-40s settledFills=%-6s min %9.1f  median %9.1f  max %9.1f %s" % (
            r["benchmark"].split(".")[-1], r["params"]["settledFills"], p["0.0"], p["50.0"], p["100.0"],
            m["scoreUnit"]))
PY
