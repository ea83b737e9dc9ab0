#!/usr/bin/env bash
# Starts the packaged site the fast way (./mvnw -DskipTests package first):
#  - the jar extracted (java -Djarmode=tools ... extract): classes load from plain jars;
#  - a class data sharing archive made by a training run that starts the site once and stops it
#    when its context is ready: the JVM maps those classes instead of loading and verifying them;
#  - the beans prepared when the jar was built (Spring AOT, -Dspring.aot.enabled=true): no
#    configuration classes parsed and no conditions evaluated at start-up;
#  - a heap, a collector and thread stacks sized for two cores and a small box; the heap at
#    128 MiB from the start, what serving pages needs, and the first class metadata collection
#    put off past start-up, so that starting takes no full collection (it took three, about
#    0.2 s); the heap may grow to 256 MiB when an editor's work needs it (a phone's photograph
#    is decoded whole, about 37 MiB, and turned; a restore reads its document whole), where at
#    128 MiB such an upload ran out of memory and stopped the instance;
#  - the optimising compiler (C2) kept for code that runs ten times as often as it would by
#    default: at start-up it no longer takes one of the two cores from the site for methods
#    that run a few thousand times and never again, while a page's hot path, run thousands
#    of times a second, reaches it within moments;
#  - the C library's free memory given back to the system every 5 s (the compilers borrow and
#    return tens of MiB while the site warms up), where the JVM can (Java 17.0.9 and later).
# Both steps happen once, on the first start after a new jar (or with --prepare, e.g. when an
# image is built), in MEMORIAL_APP_DIR (target/app by default).
# Usage: ops/run.sh [--prepare] [Spring arguments such as --server.port=8081]
# MEMORIAL_JAVA_OPTS replaces the JVM options below.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${MEMORIAL_JAR:-target/memorial.jar}
app=${MEMORIAL_APP_DIR:-target/app}
opts=${MEMORIAL_JAVA_OPTS:--XX:+UseSerialGC -Xms128m -Xmx256m -XX:MetaspaceSize=64m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError \
  -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000}
# The training run and every start use the same mode, so that the archive holds the classes used.
aot="-Dspring.aot.enabled=${MEMORIAL_AOT:-true}"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }

prepare() {
  echo "Extracting $jar into $app and recording which classes the site loads (once per jar)" >&2
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  local training
  training=$(mktemp -d)
  # The training run starts the whole site on a throw-away H2 database and stops once it is ready.
  # shellcheck disable=SC2086
  env -u SPRING_PROFILES_ACTIVE java $opts $aot -XX:ArchiveClassesAtExit="$app/memorial.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/$(basename "$jar")" --spring.datasource.url="jdbc:h2:file:$training/memorial" \
    --server.port=0 >"$training/training.log" 2>&1 || { tail -30 "$training/training.log" >&2; rm -rf "$training"; exit 1; }
  rm -rf "$training"
  if java -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
    echo "-XX:TrimNativeHeapInterval=5000" >"$app/.jvm-options"
  else
    : >"$app/.jvm-options"
  fi
  stamp >"$app/.built-from"
}
stamp() { echo "$(stat -c '%s %Y' "$jar") $aot"; }

if [ ! -f "$app/memorial.jsa" ] || [ "$(cat "$app/.built-from" 2>/dev/null)" != "$(stamp)" ]; then
  prepare
fi
[ "${1:-}" = "--prepare" ] && exit 0

[ -n "${MEMORIAL_JAVA_OPTS:-}" ] || opts="$opts $(cat "$app/.jvm-options" 2>/dev/null || true)"
# Two malloc arenas rather than one per core and thread: less native memory, no measurable cost.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# shellcheck disable=SC2086
exec java $opts $aot -XX:SharedArchiveFile="$app/memorial.jsa" -Xshare:auto -jar "$app/$(basename "$jar")" "$@"
