#!/usr/bin/env bash
# Runs the benchmark suite and prints each result beside its baseline from the same run.
#   run-benchmarks.sh           the short mode (1 fork, 2 iterations, no error bars; about 10 minutes on 2 cores):
#                               a quick look, never a figure to hold a target against
#   run-benchmarks.sh --full    the full mode BENCHMARKS.md records: 3 forks, 3 warm-up and 5 measured iterations
#                               of 1 s, each score with its 99.9 % error (about an hour on 2 cores; pass a name
#                               pattern to run part, e.g. --full ReportBenchmark)
#   run-benchmarks.sh --smoke   every benchmark once, at council scale, one short iteration (CI)
# The import at national scale (1,000,000 rows, time, rows per second, heap) is import-scale.sh.
# Extra arguments go to JMH (for example a benchmark name pattern). PostgreSQL benchmarks run when
# LOCALITY_BENCH_POSTGRES_URL or LOCALITY_TEST_POSTGRES_URL names a throw-away database.
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
if [ ! -f "$JAR" ]; then
  (cd .. && mvn -B -q package -DskipTests -pl locality-benchmarks -am)
fi
db=(-p db=sqlite)
if [ -n "${LOCALITY_BENCH_POSTGRES_URL:-${LOCALITY_TEST_POSTGRES_URL:-}}" ]; then
  db=(-p db=sqlite,postgresql)
fi
mode=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
out=target/jmh-short.json
if [ "${1:-}" = "--full" ]; then
  shift
  mode=(-f 3 -wi 3 -w 1s -i 5 -r 1s)
  out=target/jmh-full.json
elif [ "${1:-}" = "--smoke" ]; then
  shift
  mode=(-f 1 -wi 0 -i 1 -r 100ms -p scale=COUNCIL -p heapScale=COUNCIL -p aggregationScale=COUNCIL -p networkScale=COUNCIL)
  out=target/jmh-smoke.json
fi
java -jar "$JAR" "${mode[@]}" "${db[@]}" -rf json -rff "$out" "$@"
echo
echo "Results (ours beside the baseline from the same run):"
java -cp "$JAR" org.localityworking.benchmarks.ResultsTable "$out"
