#!/usr/bin/env bash
# The anniversary drill: the topology of ops/topology.sh (nginx, two instances, PostgreSQL) on a
# fresh database, visitors and an editor through nginx, and meanwhile a rolling restart of
# instance 1 (graceful stop, start, ready again); the load goes on DRILL_AFTER_RESTART seconds
# (15) after the restart, DRILL_MAX_SECONDS (600) at most. Then it counts: requests,
# 5xx (must be none), every acknowledged tribute and carnation stored exactly once, the editor
# still signed in, the photograph it uploaded (a phone's, 12 megapixels), the approvals and the
# publication shown on both instances. Exits non-zero on
# any loss, duplicate, 5xx or failed check. Build the jar first (./mvnw -DskipTests package).
#   DRILL_RESTART_AFTER (10 s), DRILL_DATABASE (memorial_ops_drill, dropped
#   and made again), MEMORIAL_TOPOLOGY_PORT (18410: nginx; the instances take the next two)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${DRILL_MAX_SECONDS:-600}
restart_after=${DRILL_RESTART_AFTER:-10}
after_restart=${DRILL_AFTER_RESTART:-15}
database=${DRILL_DATABASE:-memorial_ops_drill}
port=${MEMORIAL_TOPOLOGY_PORT:-18410}
export MEMORIAL_TOPOLOGY_PORT=$port
export MEMORIAL_TOPOLOGY_DIR=${MEMORIAL_TOPOLOGY_DIR:-target/drill}
export MEMORIAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$database
export MEMORIAL_DB_USER=${MEMORIAL_DB_USER:-postgres}
# A start under load on a small machine shared with other work can take minutes.
export MEMORIAL_TOPOLOGY_START_TIMEOUT=${MEMORIAL_TOPOLOGY_START_TIMEOUT:-420}
export MEMORIAL_ADMIN_INITIAL_PASSWORD=${MEMORIAL_ADMIN_INITIAL_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
out=$MEMORIAL_TOPOLOGY_DIR/results
sql() { psql -h 127.0.0.1 -U "$MEMORIAL_DB_USER" -d "$database" -v ON_ERROR_STOP=1 -Atq "$@"; }

psql -h 127.0.0.1 -U "$MEMORIAL_DB_USER" -d postgres -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
rm -rf "$out" "$MEMORIAL_TOPOLOGY_DIR"/instance-*.log "$MEMORIAL_TOPOLOGY_DIR"/nginx/*.log
mkdir -p "$out"

trap 'ops/topology.sh stop' EXIT
ops/topology.sh start

carnations_before=$(sql -c 'SELECT total FROM carnation_counter')
run=$(date +%s)
echo "== Drill through nginx at 127.0.0.1:$port; instance 1 restarts after $restart_after s"
drill_started=$SECONDS
java ops/Drill.java "http://127.0.0.1:$port" "http://127.0.0.1:$((port + 1)),http://127.0.0.1:$((port + 2))" \
  "$seconds" "$out" "$MEMORIAL_ADMIN_INITIAL_PASSWORD" "$run" >"$out/drill.txt" 2>"$out/drill-errors.txt" &
drill=$!

sleep "$restart_after"
restart_started=$SECONDS
restarted=true
if ops/topology.sh restart-instance 1; then
  echo "instance 1 stopped gracefully and was ready again after $((SECONDS - restart_started)) s"
  sleep "$after_restart"
else
  echo "instance 1 did not come back"
  restarted=false
fi
touch "$out/stop"

drill_ok=true
wait "$drill" || drill_ok=false
echo "load for $((SECONDS - drill_started)) s"
cat "$out/drill.txt"
[ -s "$out/drill-errors.txt" ] && { echo "-- what went wrong, as the visitors saw it:"; head -20 "$out/drill-errors.txt"; }

# Every acknowledged tribute must be stored exactly once.
sql <<SQL >"$out/stored.txt"
CREATE TEMPORARY TABLE acked (message TEXT);
\copy acked (message) FROM '$out/acked-tributes.txt'
SELECT (SELECT COUNT(*) FROM tribute WHERE message LIKE 'Drill $run %'),
       (SELECT COUNT(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM tribute t WHERE t.message = a.message)),
       (SELECT COUNT(*) FROM (SELECT message FROM tribute WHERE message LIKE 'Drill $run %'
                              GROUP BY message HAVING COUNT(*) > 1) twice),
       (SELECT COUNT(*) FROM tribute t WHERE t.message LIKE 'Drill $run %'
                              AND NOT EXISTS (SELECT 1 FROM acked a WHERE a.message = t.message));
SQL
IFS='|' read -r stored lost duplicated unacknowledged <"$out/stored.txt"
carnations_after=$(sql -c 'SELECT total FROM carnation_counter')
carnations_acked=$(cat "$out/acked-carnations.txt")
carnations_counted=$((carnations_after - carnations_before))

echo "tributes stored $stored, lost $lost, duplicated $duplicated, stored without acknowledgement $unacknowledged"
echo "carnations counted $carnations_counted for $carnations_acked acknowledged"
echo "requests nginx passed to the other instance $(grep -c 'upstream_status=[0-9]*, ' "$MEMORIAL_TOPOLOGY_DIR/nginx/access.log" || true)"

ok=$drill_ok
$restarted || ok=false
[ "$lost" = 0 ] && [ "$duplicated" = 0 ] || ok=false
[ "$carnations_counted" = "$carnations_acked" ] || ok=false
if $ok; then echo "DRILL PASSED"; exit 0; fi
echo "-- what the instances logged as warnings, errors or refused uploads:"
grep -h '"level":"\(WARN\|ERROR\)"\|Upload refused' "$MEMORIAL_TOPOLOGY_DIR"/instance-*.log | tail -20 || true
echo "DRILL FAILED"
exit 1
