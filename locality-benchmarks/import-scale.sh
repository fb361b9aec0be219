#!/usr/bin/env bash
# The import at national scale (issue 17): 1,000,000 assets from CSV into a SQLite store through the assets
# importer, beside raw JDBC inserts of the same rows (plain, and with secure_delete on as the store has it), then the same import with -Xmx lowered step by step until it
# fails, which bounds the heap the import needs. About 12 minutes on 2 cores; writes about 1 GB under DIR.
#   import-scale.sh [DIR] [SCALE]     DIR default target/import-scale; SCALE NATIONAL (default), COMBINED or COUNCIL
# Each line: rows, seconds, rows per second, the heap pools' peaks summed (an upper bound on the heap in use), the
# -Xmx given and, where /usr/bin/time exists, the process's peak resident memory (heap, JVM and SQLite together).
set -uo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
DIR=${1:-target/import-scale}
SCALE=${2:-NATIONAL}
if [ ! -f "$JAR" ]; then
  (cd .. && mvn -B -q package -DskipTests -pl locality-benchmarks -am) || exit 1
fi
run() { # heap step
  local timer=()
  if [ -x /usr/bin/time ]; then
    timer=(/usr/bin/time -f "peak_rss_kb=%M")
  fi
  local out
  out=$("${timer[@]}" java "-Xmx$1" -cp "$JAR" org.localityworking.benchmarks.ImportScale "$2" "$DIR" 2>&1)
  local result rss
  result=$(grep -E '^RESULT' <<< "$out" | head -1)
  rss=$(grep -oE 'peak_rss_kb=[0-9]+' <<< "$out" | tail -1 | cut -d= -f2)
  if [ -n "$result" ]; then
    echo "$result${rss:+ peak_rss_mb=$((rss / 1024))}"
  elif grep -q OutOfMemoryError <<< "$out"; then
    echo "OutOfMemoryError"
  fi
}
if [ ! -f "$DIR/assets.csv" ] || [ "$(cat "$DIR/scale" 2>/dev/null)" != "$SCALE" ]; then
  java -Xmx4g -cp "$JAR" org.localityworking.benchmarks.ImportScale prepare "$DIR" "$SCALE" || exit 1
  echo "$SCALE" > "$DIR/scale"
fi
echo "Same file, same machine, one after the other (-Xmx256m each):"
for step in raw raw-secure ours; do
  result=$(run 256m "$step")
  echo "${result:-$step failed with -Xmx256m}"
  case "$result" in
    RESULT*) ;;
    *) exit 1 ;;
  esac
done
echo
echo "The import with less and less heap, until it fails:"
for heap in 128m 64m 48m 32m 24m 16m 12m 8m; do
  result=$(run "$heap" ours)
  echo "-Xmx$heap: ${result:-failed (no result line)}"
  case "$result" in
    RESULT*) ;;
    *) break ;;
  esac
done
