#!/usr/bin/env bash
# Times the daily due computation over 100 000 sites and 1 000 000 goat-group duty subjects (see bench/README.md).
# Builds the app, starts it on a fresh database (Flyway creates the schema), generates the data with SQL, then runs
# the real reminder job over HTTP: yesterday (the first run ever, which creates the backlog of reminders), today
# (the steady daily run) and today again (every reminder exists: the computation alone). Drops the database after.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh
. bench/lib.sh

port=${BENCH_PORT:-18089}
ensure_postgres
ensure_role
db="pashm_bench_$(date +%Y%m%d%H%M%S)_$$"
create_database "$db"
app_pid=
keys=$(mktemp -d)
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP_DB:-}" = 1 ]; then log "Kept database $db"; else drop_database "$db"; fi
  rm -rf "$keys"
}
trap cleanup EXIT

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  log "Building the app"
  ./mvnw -q -B install -DskipTests
fi
if [ "${BENCH_EXPLAIN:-}" = 1 ]; then
  # Log the plan, with timings, of every statement over 5 s to PostgreSQL's log (auto_explain).
  as_postgres -d postgres -c "alter database \"$db\" set session_preload_libraries = 'auto_explain'" \
    -c "alter database \"$db\" set auto_explain.log_min_duration = '5s'" \
    -c "alter database \"$db\" set auto_explain.log_analyze = on" \
    -c "alter database \"$db\" set auto_explain.log_nested_statements = on"
fi
bench_keys "$keys"
log "Starting the app on $db"
PASHM_DB_URL=$(jdbc_url "$db") PASHM_PORT=$port PASHM_REMINDERS_CRON=off PASHM_DELIVERY_EVERY=off \
  java ${PASHM_JAVA_OPTS:-} -jar app/target/quarkus-app/quarkus-run.jar > "${TMPDIR:-/tmp}/pashm-bench-app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null

log "Generating 100 000 sites and 1 000 000 goat groups"
as_postgres -d "$db" < bench/duties/generate.sql

yesterday=$(date -u -d yesterday +%F)
run() {
  local label=$1 query=$2
  local out
  out=$(curl -fs -H "$BENCH_AUTH" -X POST -w ' %{time_total}' "http://127.0.0.1:$port/reminders/runs$query")
  printf '%-44s %s (curl total %ss)\n' "$label" "${out% *}" "${out##* }"
}
log "Running the daily job"
run "first run ever (yesterday, whole backlog):" "?on=$yesterday"
run "daily run (today):" ""
run "again today (nothing new, computation only):" ""
org=$(as_postgres -d "$db" -tAc "select id from organisation order by name limit 1")
t=$(curl -fs -H "$BENCH_AUTH" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/organisations/$org/duties?status=overdue")
printf '%-44s %ss\n' "GET one cooperative's overdue duties:" "$t"
t=$(curl -fs -H "$BENCH_AUTH" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/organisations/$org/duties.ics")
printf '%-44s %ss\n' "GET one cooperative's duties.ics:" "$t"
