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
started=$(date +%s%N)
PASHM_DB_URL=$(jdbc_url "$db") QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
  java ${PASHM_JAVA_OPTS:-} -jar app/target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  sleep 0.1
done
curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null || { cat "$work/app.log"; exit 1; }
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
log "Start to ready (process start to the first ready answer, polled every 0.1 s): ${ready_ms} ms"

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

log "POST /sites/{id}/assessments, the full report in the answer: $THREADS threads, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load/assessments.lua "http://localhost:$PORT"
log "POST /sites/{id}/assessments with Prefer: return=minimal: $THREADS threads, $CONNECTIONS connections, $DURATION"
PASHM_BENCH_PREFER=minimal wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/load/assessments.lua \
  "http://localhost:$PORT"
log "RSS of the app after the POST runs: $(ps -o rss= -p "$app_pid" | awk '{printf "%.0f MB", $1 / 1024}')"
log "Bytes per stored assessment (pg_column_size: as stored, after TOAST compression; octet_length: as written)"
as_postgres -d "$db" -c "select count(*) as rows,
    round(avg(pg_column_size(a.*))) as row_bytes,
    round(avg(pg_column_size(submission))) as submission, round(avg(pg_column_size(observations))) as observations,
    round(avg(pg_column_size(report))) as report,
    round(avg(octet_length(submission::text) + octet_length(observations::text) + octet_length(report::text)))
      as documents_uncompressed
  from assessment a"
pgjdbc=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
secs=${DURATION%s}
log "Storage floor: the same rows inserted through PgJDBC, $CONNECTIONS threads, no HTTP and no evaluation, ${secs} s"
java -cp "$pgjdbc" bench/load/StorageFloor.java "$(jdbc_url "$db")" "$PASHM_DB_USER" "$PASHM_DB_PASSWORD" \
  "$CONNECTIONS" "$secs"
log "GET /standards/iso-22786/DIS-2025 (trivial, same app): $THREADS threads, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://localhost:$PORT/standards/iso-22786/DIS-2025"

stored=$(as_postgres -d "$db" -tAc "select count(*) from assessment")
log "Assessments stored during the run (warm-up included): $stored"
