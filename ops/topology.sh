#!/usr/bin/env bash
# The production topology on one machine, without Docker: nginx in front of two instances of
# the site on the local PostgreSQL, everything on 127.0.0.1, each instance with its own port,
# pid file and log under one run directory (target/topology by default).
#
#   ops/topology.sh [up]                 start all, wait; Ctrl-C (or any exit) stops all
#   ops/topology.sh start | stop | status
#   ops/topology.sh stop-instance N      stop instance 1 or 2 gracefully (nginx is told first to
#   ops/topology.sh start-instance N     pass its visitors to the other), start it again, or both:
#   ops/topology.sh restart-instance N   a rolling deploy is restart-instance 1, then 2
#
# Build the jar first (./mvnw -DskipTests package). Settings, from the environment:
#   MEMORIAL_TOPOLOGY_DIR   run directory (target/topology)
#   MEMORIAL_TOPOLOGY_PORT  nginx's port; the instances take the next two (18400, 18401, 18402)
#   MEMORIAL_DB_URL, MEMORIAL_DB_USER, MEMORIAL_DB_PASSWORD
#                           the database (jdbc:postgresql://127.0.0.1:5432/memorial_ops, postgres);
#                           created when missing
#   MEMORIAL_ADMIN_INITIAL_PASSWORD  the first administrator's password on a new database
#                           (generated and kept in the run directory when not given)
#   MEMORIAL_TOPOLOGY_PROFILES  Spring profiles of the instances (postgres,json-logs)
#   MEMORIAL_JAVA_OPTS and any other MEMORIAL_* setting reach both instances.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

dir=${MEMORIAL_TOPOLOGY_DIR:-target/topology}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
base=${MEMORIAL_TOPOLOGY_PORT:-18400}
db_url=${MEMORIAL_DB_URL:-jdbc:postgresql://127.0.0.1:5432/memorial_ops}
db_user=${MEMORIAL_DB_USER:-postgres}
profiles=${MEMORIAL_TOPOLOGY_PROFILES:-postgres,json-logs}
nginx_conf="$dir/nginx/nginx.conf"
# The extracted jar and its class data archive, made once per jar and shared by both instances.
app_dir=${MEMORIAL_APP_DIR:-$root/target/app}

instance_port() { echo $((base + $1)); }
pid_of() { cat "$dir/instance-$1.pid" 2>/dev/null || true; }
running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

ensure_database() {
  # jdbc:postgresql://host:port/name?...
  local rest host port name
  rest=${db_url#jdbc:postgresql://}
  host=${rest%%/*}
  name=${rest#*/}
  name=${name%%\?*}
  port=5432
  if [[ $host == *:* ]]; then port=${host##*:}; host=${host%%:*}; fi
  pg_isready -h "$host" -p "$port" -q || { echo "PostgreSQL does not answer at $host:$port" >&2; exit 1; }
  if [ "$(PGPASSWORD=${MEMORIAL_DB_PASSWORD:-} psql -h "$host" -p "$port" -U "$db_user" -d postgres -Atc \
      "SELECT 1 FROM pg_database WHERE datname = '$name'")" != 1 ]; then
    echo "Creating the database $name" >&2
    PGPASSWORD=${MEMORIAL_DB_PASSWORD:-} createdb -h "$host" -p "$port" -U "$db_user" "$name"
  fi
}

admin_password() {
  if [ -n "${MEMORIAL_ADMIN_INITIAL_PASSWORD:-}" ]; then
    echo "$MEMORIAL_ADMIN_INITIAL_PASSWORD"
    return
  fi
  if [ ! -s "$dir/admin-password" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/admin-password")
    echo "The first administrator's password (on a new database) is in $dir/admin-password" >&2
  fi
  cat "$dir/admin-password"
}

prepare() {
  [ -f target/memorial.jar ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
  # Extracted once, for both instances (two starting at once must not both extract).
  MEMORIAL_APP_DIR="$app_dir" ops/run.sh --prepare
}

wait_ready() {
  local n=$1 port deadline
  port=$(instance_port "$n")
  deadline=$((SECONDS + ${MEMORIAL_TOPOLOGY_START_TIMEOUT:-180}))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! running "$n"; then
      echo "instance $n stopped while starting; the end of its log:" >&2
      tail -40 "$dir/instance-$n.log" >&2
      return 1
    fi
    [ $SECONDS -lt $deadline ] || { echo "instance $n not ready in time" >&2; return 1; }
    sleep 0.5
  done
  echo "instance $n ready at http://127.0.0.1:$port (pid $(pid_of "$n"))" >&2
}

start_instance() {
  local n=$1 port password
  if running "$n"; then
    echo "instance $n already runs (pid $(pid_of "$n"))" >&2
    return
  fi
  port=$(instance_port "$n")
  password=$(admin_password)
  SPRING_PROFILES_ACTIVE=$profiles \
  MEMORIAL_DB_URL=$db_url MEMORIAL_DB_USER=$db_user MEMORIAL_DB_PASSWORD=${MEMORIAL_DB_PASSWORD:-} \
  MEMORIAL_ADMIN_INITIAL_PASSWORD=$password \
  MEMORIAL_TRUSTED_PROXIES=${MEMORIAL_TRUSTED_PROXIES:-127.0.0.1} \
  MEMORIAL_SITE_URL=${MEMORIAL_SITE_URL:-http://127.0.0.1:$base} \
  MEMORIAL_APP_DIR="$app_dir" \
    nohup ops/run.sh --server.port="$port" --server.address=127.0.0.1 >>"$dir/instance-$n.log" 2>&1 &
  echo $! >"$dir/instance-$n.pid"
  wait_ready "$n"
  undrain "$n"
}

stop_instance() {
  local n=$1 pid deadline
  pid=$(pid_of "$n")
  if ! running "$n"; then
    rm -f "$dir/instance-$n.pid"
    return
  fi
  # nginx first sends no new request to it (a request caught by a closing port would be lost
  # for a post, which nginx never sends twice), then SIGTERM: the instance finishes what it
  # has (at most 20 s, spring.lifecycle.timeout-per-shutdown-phase) and exits.
  drain "$n"
  kill -TERM "$pid"
  deadline=$((SECONDS + 40))
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      echo "instance $n did not stop in time: killed" >&2
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f "$dir/instance-$n.pid"
  echo "instance $n stopped" >&2
}

nginx_cmd() { /usr/sbin/nginx -p "$dir/nginx/" -c "$nginx_conf" -e "$dir/nginx/error.log" "$@"; }

nginx_running() { [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; }

# The instances being restarted, marked down in nginx's upstream (one number per line).
drained_list="$dir/nginx/drained"

write_site_conf() {
  mkdir -p "$dir/nginx/tmp"
  local down1="" down2=""
  grep -qx 1 "$drained_list" 2>/dev/null && down1=" down"
  grep -qx 2 "$drained_list" 2>/dev/null && down2=" down"
  sed -e "s|\${MEMORIAL_LISTEN}|127.0.0.1:$base|" \
      -e "s|\${MEMORIAL_UPSTREAM_1}|127.0.0.1:$(instance_port 1)$down1|" \
      -e "s|\${MEMORIAL_UPSTREAM_2}|127.0.0.1:$(instance_port 2)$down2|" \
      ops/nginx/templates/memorial.conf.template >"$dir/nginx/memorial.conf"
}

# nginx reloads its configuration gracefully: its old workers finish the requests they have.
drain() {
  nginx_running || return 0
  echo "$1" >>"$drained_list"
  write_site_conf
  nginx_cmd -s reload
  sleep 2
}

undrain() {
  [ -f "$drained_list" ] || return 0
  grep -vx "$1" "$drained_list" >"$drained_list.new" || true
  mv "$drained_list.new" "$drained_list"
  if nginx_running; then
    write_site_conf
    nginx_cmd -s reload
  fi
}

start_nginx() {
  rm -f "$drained_list"
  write_site_conf
  cat >"$nginx_conf" <<EOF
# Made by ops/topology.sh: nginx's own settings around ops/nginx/templates/memorial.conf.template.
worker_processes 1;
pid $dir/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    # No client address in the log: what the request was, what answered it and how fast.
    log_format site '\$time_iso8601 "\$request_method \$uri" \$status \$body_bytes_sent '
                    'upstream=\$upstream_addr upstream_status=\$upstream_status time=\$request_time';
    access_log $dir/nginx/access.log site;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    include $dir/nginx/memorial.conf;
}
EOF
  if nginx_running; then
    nginx_cmd -s reload
  else
    nginx_cmd
  fi
  echo "nginx at http://127.0.0.1:$base" >&2
}

stop_nginx() {
  if [ -f "$dir/nginx/nginx.pid" ] && kill -0 "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null; then
    nginx_cmd -s quit
    for _ in $(seq 1 50); do [ -f "$dir/nginx/nginx.pid" ] || break; sleep 0.1; done
    echo "nginx stopped" >&2
  fi
}

start_all() {
  command -v /usr/sbin/nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 1; }
  ensure_database
  prepare
  # The first instance alone migrates a new database; the second then finds it ready.
  start_instance 1
  start_instance 2
  start_nginx
}

stop_all() {
  stop_nginx
  stop_instance 1 &
  stop_instance 2 &
  wait
}

status() {
  for n in 1 2; do
    if running "$n"; then echo "instance $n: running, pid $(pid_of "$n"), port $(instance_port "$n")"
    else echo "instance $n: stopped"; fi
  done
  if [ -f "$dir/nginx/nginx.pid" ]; then echo "nginx: running at 127.0.0.1:$base"; else echo "nginx: stopped"; fi
}

instance_arg() {
  [[ ${1:-} == 1 || ${1:-} == 2 ]] || { echo "which instance: 1 or 2" >&2; exit 2; }
}

case "${1:-up}" in
  up)
    trap stop_all EXIT
    trap 'exit 130' INT TERM
    start_all
    echo "Running; Ctrl-C stops nginx and both instances. Logs in $dir" >&2
    while true; do sleep 5; done
    ;;
  start) start_all ;;
  stop) stop_all ;;
  status) status ;;
  stop-instance) instance_arg "${2:-}"; stop_instance "$2" ;;
  start-instance) instance_arg "${2:-}"; start_instance "$2" ;;
  restart-instance) instance_arg "${2:-}"; stop_instance "$2"; start_instance "$2" ;;
  *) sed -n '2,21p' "$0" >&2; exit 2 ;;
esac
