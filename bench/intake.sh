#!/usr/bin/env bash
# Whether a database needs the tribute group commit (memorial.tribute.group-commit): posts tribute
# forms over real HTTP to the packaged site on H2 and on PostgreSQL, with the group commit on and
# off, and prints for each the tributes accepted a second and the posts' p50 and p99 latency.
# Each run first posts WARMUP forms (2000 unless given, not reported), then POSTS forms from
# CONNECTIONS visitors at once, at most RATE a second (unbounded when 0).
# Usage: ./mvnw -DskipTests package && bench/intake.sh [POSTS] [CONNECTIONS] [RATE]   (defaults 3000 16 0)
# PostgreSQL: MEMORIAL_BENCH_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/memorial_bench),
# user postgres, a throw-away database (createdb memorial_bench): the posted tributes stay there,
# and so do the planner's statistics of them, so never point it at a test database.
# DATABASES="h2" leaves PostgreSQL out. The site runs on 127.0.0.1:${PORT:-18300}.
set -euo pipefail
cd "$(dirname "$0")/.."

posts=${1:-3000}
connections=${2:-16}
rate=${3:-0}
warmup=${WARMUP:-2000}
port=${PORT:-18300}
site="http://127.0.0.1:$port"
jar=target/memorial.jar
postgres=${MEMORIAL_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/memorial_bench}

[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '{ [ -z "$pid" ] || kill "$pid"; } 2>/dev/null || true; rm -rf "$work"' EXIT

start() { # database-url group-commit
  java -jar "$jar" --server.port="$port" --spring.datasource.url="$1" \
    --spring.datasource.username="$([[ $1 == jdbc:h2:* ]] && echo sa || echo postgres)" \
    --memorial.tribute.group-commit="$2" --memorial.rate-limit.enabled=false \
    --memorial.tribute.min-fill-time=0s >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$site/robots.txt"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/site.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

post() { # count prefix
  java bench/WallLoad.java "$site" forms "$1" "$connections" "$work/forms.tsv" "$2" >/dev/null
  java bench/WallLoad.java "$site" post "$work/forms.tsv" "$connections" "$rate"
}

for database in ${DATABASES:-h2 postgres}; do
  for group in true false; do
    if [ "$database" = h2 ]; then
      rm -rf "$work/h2"; url="jdbc:h2:file:$work/h2/memorial"
    else
      url=$postgres
    fi
    start "$url" "$group"
    run="intake $database $group $(date +%s)"
    post "$warmup" "$run warm-up" >/dev/null
    echo "$database, group commit $group: $(post "$posts" "$run")"
    stop
  done
done
