#!/usr/bin/env bash
# The demo from an empty store (issue 31), what a newcomer waits for first: the README's demo command run in an empty
# folder (the two example councils loaded into a new SQLite store, then every report written), beside the floor
# under any program writing the same files (FilesFloor: a JVM holding their bytes and writing them, computing
# nothing), each as a process of its own, timed with its peak resident memory, three times in turn.
# Fails unless every demo run ends within 60 seconds and 1 GB resident (where /usr/bin/time can tell).
#   demo-scale.sh            from the repository's built jars (built first when missing)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CLI=$ROOT/locality-examples/locality-cli/target/locality-cli.jar
JAR=$ROOT/locality-benchmarks/target/benchmarks.jar
if [ ! -f "$CLI" ] || [ ! -f "$JAR" ]; then
  mvn -B -q package -DskipTests || exit 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
timed() { # out-file command...: runs the command, prints "seconds peak_rss_mb" (peak 0 without /usr/bin/time)
  local out=$1
  shift
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$out.time" -f "%M" "$@" > "$out" 2>&1 || return 1
  else
    "$@" > "$out" 2>&1 || return 1
    echo 0 > "$out.time"
  fi
  end=$(date +%s.%N)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }') $(( $(tail -1 "$out.time") / 1024 ))"
}
status=0
for round in 1 2 3; do
  mkdir -p "$WORK/demo$round"
  demo=$(cd "$WORK/demo$round" && timed "$WORK/demo$round.log" java -jar "$CLI" demo) || {
    echo "The demo failed:"; cat "$WORK/demo$round.log"; exit 1; }
  files=$(find "$WORK/demo$round/locality-reports" -type f | wc -l)
  floor=$(timed "$WORK/floor$round.log" java -cp "$JAR" org.localityworking.benchmarks.FilesFloor \
    "$WORK/demo$round/locality-reports" "$WORK/floor$round") || { cat "$WORK/floor$round.log"; exit 1; }
  read -r ds dm <<< "$demo"
  read -r fs fm <<< "$floor"
  printf 'RESULT round=%d files=%d demo_seconds=%.2f demo_peak_rss_mb=%d floor_seconds=%.2f floor_peak_rss_mb=%d ratio=%.2f\n' \
    "$round" "$files" "$ds" "$dm" "$fs" "$fm" "$(awk -v a="$ds" -v b="$fs" 'BEGIN { print a / b }')"
  if awk -v a="$ds" 'BEGIN { exit !(a > 60) }' || [ "$dm" -gt 1024 ]; then
    echo "The demo took ${ds} s and ${dm} MB resident: over its bounds (60 s, 1 GB)"
    status=1
  fi
done
exit $status
