#!/usr/bin/env bash
# The site against nginx serving the very same bytes, side by side, on this machine. Prints one
# line per figure:
#  - the time from launching the site (ops/run.sh, the fast launch) to its first 200, on a fresh H2
#    database and again on the existing one;
#  - the first minute of that freshly started process under load (/, 32 connections, gzip);
#  - then, after a warm-up, for /, /timeline, /tributes, the 2022 release and the stylesheet, at
#    8 and 32 connections, with gzip (both compress) and without (neither does): requests/s, p50
#    and p99 of the site and of nginx, measured in turn, and the ratio site/nginx;
#  - errors and answers other than 2xx/3xx over all runs, and the site's resident memory after the load.
# The site runs from the packaged jar on a fresh H2 database under a temporary folder, with rate
# limits off; nginx runs with its own configuration and pid file on 127.0.0.1 and serves the HTML
# the site gave for those addresses, saved once. Both are stopped on exit.
# Usage: ./mvnw -DskipTests package && [QUICK=1] bench/side-by-side.sh
# A full run takes about 12 minutes (each measurement 10 s, FIRST_MINUTE 60 s, WARMUP 15 s per
# page); QUICK=1 about 4 (3 s, 20 s, 5 s). Ports: SITE_PORT (18181) and NGINX_PORT (18182).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=${QUICK:-0}
duration=${DURATION:-$([ "$quick" = 1 ] && echo 3 || echo 10)}
first_minute=${FIRST_MINUTE:-$([ "$quick" = 1 ] && echo 20 || echo 60)}
warmup=${WARMUP:-$([ "$quick" = 1 ] && echo 5 || echo 15)}
site_port=${SITE_PORT:-18181}
nginx_port=${NGINX_PORT:-18182}
site="http://127.0.0.1:$site_port"
web="http://127.0.0.1:$nginx_port"
nginx=$(command -v nginx || echo /usr/sbin/nginx)

missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$nginx" ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q && apt-get install -y -q "${missing[@]}"
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
fi
[ -f target/memorial.jar ] || ./mvnw -q -B -DskipTests package
ops/run.sh --prepare

work=$(mktemp -d)
chmod 755 "$work"
: >"$work/errors"
pid=
# Under set -e a failing command in the trap would turn a finished run into a failed one.
trap '{ [ -z "$pid" ] || kill "$pid"; [ ! -f "$work/nginx.pid" ] || kill "$(cat "$work/nginx.pid")"; } 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT

start_site() { # label
  local started ready
  started=$(date +%s.%N)
  ops/run.sh --server.port="$site_port" --spring.datasource.url="jdbc:h2:file:$work/db/memorial" \
    --memorial.rate-limit.enabled=false >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$site/"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/site.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  printf '%s: first 200 after %.1f s\n' "$1" "$(echo "$ready - $started" | bc)"
}
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MiB"; }

# Runs wrk; prints "requests/s p50 p99"; errors and answers other than 2xx/3xx are written to a
# file (counted at the end), and said at once on standard error.
load() { # url connections seconds gzip(0|1)
  local out header=() failed
  [ "$4" = 1 ] && header=(-H 'Accept-Encoding: gzip')
  out=$(wrk -t2 -c"$2" -d"$3s" --latency "${header[@]}" "$1")
  failed=$(echo "$out" | awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
  if [ "$failed" != 0 ]; then
    echo "$failed" >>"$work/errors"
    echo "$1 at $2 connections: $(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ')" >&2
  fi
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "50%" {print $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
}

start_site "fresh database"
stop_site
start_site "existing database"
echo "RSS after start: $(rss)"

read -r rps p50 p99 <<<"$(load "$site/" 32 "$first_minute" 1)"
echo "first ${first_minute} s of the fresh process, / at 32 connections, gzip: $rps requests/s"
echo "first ${first_minute} s of the fresh process, / at 32 connections, gzip: p50 $p50"
echo "first ${first_minute} s of the fresh process, / at 32 connections, gzip: p99 $p99"
first_rps=$rps

# The bytes nginx serves: what the site answered at each address.
mkdir -p "$work/www"
curl -fs "$site/" -o "$work/www/home.html"
release=$(grep -o 'href="/releases/2022-[^"?]*"' "$work/www/home.html" | head -1 | sed 's/href="//; s/"$//')
stylesheet=$(grep -o 'href="/assets/css/site-[^"]*\.css"' "$work/www/home.html" | head -1 | sed 's/href="//; s/"$//')
curl -fs "$site/timeline" -o "$work/www/timeline.html"
curl -fs "$site/tributes" -o "$work/www/tributes.html"
curl -fs "$site$release" -o "$work/www/release.html"
curl -fs "$site$stylesheet" -o "$work/www/site.css"
chmod -R a+rX "$work/www"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; text/css css; }
  charset utf-8;
  keepalive_requests 10000;
  gzip on;
  gzip_types text/css;
  gzip_min_length 2048;
  gzip_vary on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location = / { try_files /home.html =404; }
    location = /timeline { try_files /timeline.html =404; }
    location = /tributes { try_files /tributes.html =404; }
    location = $release { try_files /release.html =404; }
    location = $stylesheet { try_files /site.css =404; }
  }
}
CONF
"$nginx" -p "$work" -c "$work/nginx.conf"

pages=("/" "/timeline" "/tributes" "$release" "$stylesheet")
names=("/" "/timeline" "/tributes" "2022 release" "stylesheet")
for page in "${pages[@]}"; do
  load "$site$page" 32 "$warmup" 1 >/dev/null
  load "$web$page" 32 "$warmup" 1 >/dev/null
done

warmed_rps=
for i in "${!pages[@]}"; do
  for connections in 8 32; do
    for gzip in 1 0; do
      label="${names[$i]} at $connections connections, $([ $gzip = 1 ] && echo gzip || echo plain)"
      read -r site_rps site_p50 site_p99 <<<"$(load "$site${pages[$i]}" "$connections" "$duration" "$gzip")"
      read -r web_rps web_p50 web_p99 <<<"$(load "$web${pages[$i]}" "$connections" "$duration" "$gzip")"
      echo "$label, site: $site_rps requests/s"
      echo "$label, site: p50 $site_p50"
      echo "$label, site: p99 $site_p99"
      echo "$label, nginx: $web_rps requests/s"
      echo "$label, nginx: p50 $web_p50"
      echo "$label, nginx: p99 $web_p99"
      printf '%s, ratio site/nginx: %.3f\n' "$label" "$(echo "$site_rps / $web_rps" | bc -l)"
      [ "$i" = 0 ] && [ "$connections" = 32 ] && [ "$gzip" = 1 ] && warmed_rps=$site_rps
    done
  done
done

printf 'first %s s against warmed, / at 32 connections, gzip: %.2f\n' "$first_minute" "$(echo "$first_rps / $warmed_rps" | bc -l)"
echo "errors and answers other than 2xx/3xx over all runs: $(awk '{n += $1} END {print n + 0}' "$work/errors" 2>/dev/null || echo 0)"
echo "RSS after the load: $(rss)"
stop_site
