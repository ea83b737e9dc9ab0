#!/usr/bin/env bash
# The tribute wall under load, on the embedded H2 database. Prints one line per figure:
#  (a) fills the wall with approved tributes by SQL (a data generator, not one post each),
#  (b) p50/p99 latency and throughput (wrk) of the first page at 100 tributes, and of the first
#      page and a page 500,000 tributes deep at 1,000,000,
#  (c) loads the tribute form, then posts tributes (wrk with bench/post.lua) and lays carnations
#      from 64 concurrent connections over HTTP, then counts what is stored.
# Usage: [WARMUP=posts] [PAGE_WARMUP=seconds] bench/wall.sh [TRIBUTES] [POSTS] [CARNATIONS]   (defaults 60000, 60; 1000000 5000 10000)
# Runs the packaged site (./mvnw -DskipTests package) on 127.0.0.1:18080 with rate limits off.
set -euo pipefail
cd "$(dirname "$0")/.."

total=${1:-1000000}
posts=${2:-5000}
carnations=${3:-10000}
port=${PORT:-18080}
site="http://127.0.0.1:$port"
jar=target/memorial.jar

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
pid=
# Under set -e a failing command in the trap would turn a finished run into a failed one.
trap '{ [ -z "$pid" ] || kill "$pid"; pkill -f "bench/post.lua $site"; } 2>/dev/null || true; rm -rf "$work"' EXIT
unzip -p "$jar" 'BOOT-INF/lib/h2-*.jar' > "$work/h2.jar"
db="jdbc:h2:file:$work/memorial"

start() {
  java -jar "$jar" --server.port="$port" --spring.datasource.url="$db" \
    --memorial.rate-limit.enabled=false --memorial.tribute.min-fill-time=0s >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$site/tributes"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/site.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
sql() { java -cp "$work/h2.jar" org.h2.tools.Shell -url "$db" -user sa -password '' -sql "$1" | sed -n 2p | tr -d ' '; }

# Approved tributes number X = from..to, one second apart from 2020-01-01, newest = highest X.
fill() {
  local started=$(date +%s.%N)
  sql "INSERT INTO tribute (author_name, place, message, lang, status, created_at, moderated_at)
       SELECT 'Visitor ' || X, 'Bakı', 'Tribute ' || X, 'en', 'APPROVED',
              DATEADD(SECOND, X, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'), NULL
       FROM SYSTEM_RANGE($1, $2)" >/dev/null
  printf 'generated tributes %d..%d: %.1f s\n' "$1" "$2" "$(echo "$(date +%s.%N) - $started" | bc)"
}

# A first, unreported run of PAGE_WARMUP seconds (60 unless given) warms the JIT and the database
# cache: on two cores a freshly started JVM keeps compiling the page path for about a minute, and
# on the anniversary the site has long been running.
measure() { # label path
  local out
  wrk -t2 -c16 -d"${PAGE_WARMUP:-60}s" "$site$2" >/dev/null
  out=$(wrk -t2 -c16 -d10s --latency "$site$2")
  echo "$1 p50: $(echo "$out" | awk '/ 50%/ {print $2}')"
  echo "$1 p99: $(echo "$out" | awk '/ 99%/ {print $2}')"
  echo "$1 throughput: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s"
}

start; stop   # Flyway makes the schema
fill 1 100
start
curl -fs -o /dev/null "$site/tributes"
measure "first page at 100 tributes" /tributes
stop

fill 101 "$total"
deep=$(( total - 499999 ))
id=$(sql "SELECT id FROM tribute WHERE message = 'Tribute $deep'")
cursor="$(( (1577836800 + deep) * 1000000 ))-$id"
start
measure "first page at $total tributes" /tributes
measure "page 500000 deep at $total tributes" "/tributes?before=$cursor"

# (c) Visitors first load the tribute form (a page view like any other), then all send it at once:
# the posting throughput is that of the posts alone, over 64 connections. The measured round comes
# after warm-up rounds (WARMUP posts in all, 60000 unless given, each round printed): on two cores
# the JIT compiler of a fresh JVM keeps working on the posting path for tens of thousands of
# posts, and on the anniversary the site has long been running. The lightest answer the site
# gives, robots.txt over the same 64 connections, is measured next, on the same warm server: the
# ceiling this machine puts on any request.
post_forms() { # count message-prefix label
  rm -f "$work"/posted.*
  java bench/WallLoad.java "$site" forms "$1" 64 "$work/forms.tsv" "$2"
  local started ended seen=0 quiet=0 now
  started=$(date +%s.%N); ended=$started
  wrk -t2 -c64 -d600s -s bench/post.lua "$site" -- "$work/forms.tsv" 2 "$work/posted." >/dev/null &
  local wrk_pid=$!
  # Done when every form is answered, or when no answer came for 3 s (a request lost on the way).
  # Looked at four times a second, so that watching takes no time from the site; the last answer's
  # time is that of the last count written.
  while [ "$seen" -lt "$1" ] && [ "$quiet" -lt 12 ]; do
    sleep 0.25
    now=$( (cat "$work"/posted.* 2>/dev/null || true) | awk '{sum += $1 + $2} END {print sum + 0}')
    if [ "$now" -gt "$seen" ]; then seen=$now; quiet=0; else quiet=$((quiet + 1)); fi
  done
  [ "$seen" -gt 0 ] && ended=$(find "$work" -name 'posted.*' -printf '%T@\n' | sort -n | tail -1)
  kill "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" 2>/dev/null || true
  acknowledged=$(cat "$work"/posted.* | awk '{sum += $1} END {print sum + 0}')
  printf '%s: %d acknowledged over 64 connections in %.2f s: %.0f tributes/s\n' "$3" \
    "$acknowledged" "$(echo "$ended - $started" | bc)" "$(echo "$acknowledged / ($ended - $started)" | bc -l)"
}
for ((round = 1; round * 5000 <= ${WARMUP:-60000}; round++)); do
  post_forms 5000 "bench warm-up $round" "warm-up round $round, tributes posted"
done
post_forms "$posts" "bench post" "tributes posted"
echo "lightest answer (robots.txt) over 64 connections: $(wrk -t2 -c64 -d10s "$site/robots.txt" | awk '/Requests\/sec/ {print $2}') req/s"
java bench/WallLoad.java "$site" carnations "$carnations" 64 | tee "$work/laid.txt"
stop

stored=$(sql "SELECT COUNT(*) FROM tribute WHERE message LIKE 'bench post %'")
distinct=$(sql "SELECT COUNT(DISTINCT message) FROM tribute WHERE message LIKE 'bench post %'")
laid=$(awk '/carnations acknowledged/ {print $3}' "$work/laid.txt")
counter=$(sql "SELECT total FROM carnation_counter")
echo "tributes posted: $posts, acknowledged: $acknowledged, stored: $stored, lost: $(( acknowledged - distinct )), duplicated: $(( stored - distinct ))"
echo "carnations laid: $carnations, acknowledged: $laid, counter: $counter"
