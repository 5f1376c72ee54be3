#!/usr/bin/env bash
# Load benchmark of the assessments API: POST varied housing-farm assessments for $DURATION with wrk, then, in the
# same run, GET a trivial endpoint of the same app (the ISO 22786 standard, served from memory) with the same load.
# Uses a fresh database that is dropped at the end. Prints wrk's reports; bench/README.md records the figures.
#   bench/load/run.sh                       (60 s each, 2 threads, 8 connections)
#   DURATION=30s CONNECTIONS=16 bench/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh
. bench/lib.sh

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
COUNT=200
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

ensure_postgres
ensure_role
db="pashm_bench_$(date +%Y%m%d%H%M%S)"
create_database "$db"
work=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  drop_database "$db"
  rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f app/target/quarkus-app/quarkus-run.jar ]; then
  log "Building the app"
  ./mvnw -B -q -DskipTests package
fi
bench_keys "$work"
admin=$BENCH_AUTH
log "Starting the app on port $PORT with database $db"
PASHM_DB_URL=$(jdbc_url "$db") QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
  java ${PASHM_JAVA_OPTS:-} -jar app/target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null || { cat "$work/app.log"; exit 1; }

org=$(curl -sf -H "$admin" -H 'Content-Type: application/json' -d '{"name":"Load test farm","kind":"farm"}' \
  "http://localhost:$PORT/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
site=$(curl -sf -H "$admin" -H 'Content-Type: application/json' \
  -d '{"name":"Load test farm","productionSystem":"housing","region":"Alxa League, Inner Mongolia"}' \
  "http://localhost:$PORT/organisations/$org/sites" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
mkdir -p "$work/variants"
python3 bench/load/variants.py housing-system/src/main/resources/META-INF/pashm/examples/housing-farm.json \
  "$work/variants" $COUNT

export PASHM_BENCH_VARIANTS="$work/variants" PASHM_BENCH_SITE="$site" PASHM_BENCH_COUNT=$COUNT
# The POSTs are an administrator's (an auditor would need a membership; the checks cost the same).
export PASHM_BENCH_TOKEN="$BENCH_TOKEN"
log "Warm-up (15 s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -s bench/load/assessments.lua "http://localhost:$PORT" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d15s "http://localhost:$PORT/standards/iso-22786/DIS-2025" > /dev/null

log "POST /sites/{id}/assessments: $THREADS threads, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load/assessments.lua "http://localhost:$PORT"
log "GET /standards/iso-22786/DIS-2025 (trivial, same app): $THREADS threads, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://localhost:$PORT/standards/iso-22786/DIS-2025"

stored=$(as_postgres -d "$db" -tAc "select count(*) from assessment")
log "Assessments stored during the run (warm-up included): $stored"
