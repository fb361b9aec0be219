#!/usr/bin/env bash
# A national body's whole PUBLIC site (issue 31): every report of the body and of each of its 1,167 localities in
# HTML and Markdown, written from a SQLite store holding 1,000,000 assets (and the people, grants and associations),
# beside the same site from the memory store holding the same records. Fails unless the two sites are the same
# byte for byte, and (at NATIONAL scale) unless the SQLite site takes at most 1.5 times the memory store's, under
# 10 minutes and under 1 GB resident.
#   site-scale.sh [DIR] [SCALE] [HEAP]   DIR default target/site-scale; SCALE NATIONAL (default), COMBINED or COUNCIL;
#                                        HEAP the SQLite run's -Xmx (default 500m)
# Each line: files, reports, seconds (the site alone, not the memory store's load), the heap pools' peaks summed,
# the -Xmx given and, where /usr/bin/time exists, the process's peak resident memory.
set -uo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
DIR=${1:-target/site-scale}
SCALE=${2:-NATIONAL}
HEAP=${3:-500m}
if [ ! -f "$JAR" ]; then
  (cd .. && mvn -B -q package -DskipTests -pl locality-benchmarks -am) || exit 1
fi
if [ ! -f "$DIR/site.db" ] || [ "$(cat "$DIR/scale" 2>/dev/null)" != "$SCALE" ]; then
  java -Xmx4g -cp "$JAR" org.localityworking.benchmarks.SiteScale prepare "$DIR" "$SCALE" || exit 1
fi
run() { # heap step
  local timer=()
  if [ -x /usr/bin/time ]; then
    timer=(/usr/bin/time -f "peak_rss_kb=%M")
  fi
  local out result rss
  out=$("${timer[@]}" java "-Xmx$1" -cp "$JAR" org.localityworking.benchmarks.SiteScale "$2" "$DIR" 2>&1)
  result=$(grep -E '^RESULT' <<< "$out" | head -1)
  rss=$(grep -oE 'peak_rss_kb=[0-9]+' <<< "$out" | tail -1 | cut -d= -f2)
  if [ -z "$result" ]; then
    echo "$2 failed with -Xmx$1:" >&2
    tail -5 <<< "$out" >&2
    return 1
  fi
  echo "$result${rss:+ peak_rss_mb=$((rss / 1024))}"
}
echo "Same records, same machine, one after the other:"
sqlite=$(run "$HEAP" sqlite) || exit 1
echo "$sqlite"
memory=$(run 4g memory) || exit 1
echo "$memory"
if ! diff -rq "$DIR/sqlite-site" "$DIR/memory-site" > /dev/null; then
  echo "The two sites differ:" >&2
  diff -rq "$DIR/sqlite-site" "$DIR/memory-site" | head -5 >&2
  exit 1
fi
seconds() { grep -oE 'seconds=[0-9.]+' <<< "$1" | cut -d= -f2; }
rss() { grep -oE 'peak_rss_mb=[0-9]+' <<< "$1" | cut -d= -f2; }
ratio=$(awk -v a="$(seconds "$sqlite")" -v b="$(seconds "$memory")" 'BEGIN { printf "%.2f", a / b }')
echo "The two sites are the same, file for file; SQLite / memory store: $ratio"
if [ "$SCALE" = NATIONAL ]; then
  awk -v r="$ratio" -v s="$(seconds "$sqlite")" -v m="$(rss "$sqlite")" 'BEGIN {
    bad = 0
    if (r > 1.5) { print "missed: SQLite takes " r " times the memory store (target 1.5)"; bad = 1 }
    if (s > 600) { print "missed: SQLite takes " s " s (target under 600)"; bad = 1 }
    if (m != "" && m > 1024) { print "missed: SQLite peaks at " m " MB resident (target under 1,024)"; bad = 1 }
    exit bad }' || exit 1
fi
