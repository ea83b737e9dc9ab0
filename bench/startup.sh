#!/usr/bin/env bash
# Measures the fast launch (ops/run.sh): the time from launching it to the first 200 of /, on a
# fresh H2 database once and then RUNS times (5 by default) on that existing database, with the
# median; the resident memory after start and after 800 page views of the last run.
# Uses a throw-away H2 database and port PORT (18080). MEMORIAL_JAVA_OPTS is passed through.
# Usage: ./mvnw -DskipTests package && [RUNS=5] bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18080}
runs=${RUNS:-5}
[ -f target/memorial.jar ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
ops/run.sh --prepare
data=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$data"' EXIT

# The processor time the JVM spent until then (all its threads): steadier than the wall-clock time
# on a machine that others share.
cpu_seconds() { awk -v tick="$(getconf CLK_TCK)" '{print ($14 + $15) / tick}' "/proc/$pid/stat"; }
start_site() { # sets elapsed and cpu: the seconds from launch to the first 200, and the processor time
  local started
  started=$(date +%s.%N)
  ops/run.sh --server.port="$port" --spring.datasource.url="jdbc:h2:file:$data/memorial" >"$data/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the site did not start:" >&2; tail -20 "$data/site.log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  cpu=$(cpu_seconds)
}
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )); }

start_site
printf 'fresh database: first 200 after %.1f s (%.1f s of processor time)\n' "$elapsed" "$cpu"
stop_site
times=()
cpus=()
median() { sort -n | awk '{t[NR] = $1} END {print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2}'; }
for run in $(seq 1 "$runs"); do
  start_site
  times+=("$elapsed")
  cpus+=("$cpu")
  printf 'existing database, run %d: first 200 after %.1f s (%.1f s of processor time)\n' "$run" "$elapsed" "$cpu"
  [ "$run" = "$runs" ] || stop_site
done
printf 'existing database, median of %d: first 200 after %.1f s (%.1f s of processor time)\n' "$runs" \
  "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
echo "RSS after start: $(rss_mib) MiB"
for path in / /timeline /tributes /releases; do
  for _ in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:$port$path"; done
done
echo "RSS after 800 page views: $(rss_mib) MiB"
