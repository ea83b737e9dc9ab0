#!/usr/bin/env bash
# Measures how long the packaged site takes to answer its first page, and its memory (RSS)
# after start and after a short warm-up. Uses a throw-away H2 database and port 18080.
# Usage: ./mvnw -DskipTests package && bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/memorial.jar
port=${PORT:-18080}
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start=$(date +%s.%N)
java -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:file:$data/memorial" >"$data/site.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$pid" 2>/dev/null || { echo "the site did not start:" >&2; tail -20 "$data/site.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
printf 'first page after start: %.1f s\n' "$(echo "$ready - $start" | bc)"
printf 'RSS after start: %d MiB\n' "$(( $(rss_kib) / 1024 ))"
for path in / /timeline /tributes /releases; do
  for _ in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:$port$path"; done
done
printf 'RSS after 800 page views: %d MiB\n' "$(( $(rss_kib) / 1024 ))"
