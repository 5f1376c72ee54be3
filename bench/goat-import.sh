#!/usr/bin/env bash
# Benchmark (issue 8): import N goats (default 1 000 000) from one CSV file through the API
# (POST /organisations/{id}/goats/import), then load the same file with a raw COPY from psql into a table shaped like
# goat (same columns, keys and indexes), and compare rows per second. Target: the API at least half of raw COPY.
#   bench/goat-import.sh               build the app, run on a fresh database, print the figures
#   N=200000 SKIP_BUILD=1 bench/goat-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib.sh

N=${N:-1000000}
PORT=${BENCH_PORT:-8099}
RUNS=${RUNS:-3}
work=$(mktemp -d)
db="pashm_bench_$(date +%Y%m%d%H%M%S)_$$"
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  drop_database "$db"
  rm -rf "$work"
}
trap cleanup EXIT

ensure_postgres
ensure_role
create_database "$db"
if [ -z "${SKIP_BUILD:-}" ]; then
  log "Building the app"
  ./mvnw -B -q -DskipTests -pl app -am package
fi

log "Writing $N goats to $work/goats.csv"
awk -v n="$N" 'BEGIN {
  print "earTag,sex,birthDate,strain,coatColour,category";
  split("stud-buck unmated-buck adult-doe unmated-doe kid castrated-male", cat, " ");
  split("male male female female female male", sex, " ");
  for (i = 0; i < n; i++) {
    c = (i % 6) + 1;
    printf "CN-152921-%08d,%s,20%02d-%02d-%02d,Alxa white cashmere,white,%s\n", i, sex[c], 15 + i % 10, 1 + i % 12, 1 + i % 28, cat[c];
  }
}' > "$work/goats.csv"
ls -l "$work/goats.csv" | awk '{printf "==> %s bytes\n", $5}' >&2

log "Starting the app on port $PORT against $db"
bench_keys "$work"
PASHM_DB_URL=$(jdbc_url "$db") PASHM_PORT=$PORT java ${BENCH_JAVA_OPTS:--Xmx1g} -jar app/target/quarkus-app/quarkus-run.jar \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null

psql_db() { PGPASSWORD=$PASHM_DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$PASHM_DB_HOST" -p "$PASHM_DB_PORT" -U "$PASHM_DB_USER" -d "$db" "$@"; }
now() { date +%s.%N; }

# The raw baseline: a table exactly like goat (columns, checks, keys, indexes and its foreign keys to organisation
# and site), so that COPY does the same database work the import's merge does, without the API around it.
psql_db -c "create table raw_goat (like goat including defaults including constraints including indexes);
            alter table raw_goat add foreign key (organisation_id) references organisation (id),
                                 add foreign key (site_id) references site (id)"

printf '%-6s %12s %12s %10s %10s %7s\n' run api_s copy_s api_rows/s copy_rows/s ratio
for run in $(seq 1 "$RUNS"); do
  org=$(curl -fs -H "$BENCH_AUTH" -H 'Content-Type: application/json' -d "{\"name\":\"Bench cooperative $run\",\"kind\":\"cooperative\"}" \
    "http://127.0.0.1:$PORT/organisations" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  t0=$(now)
  curl -fsS -H "$BENCH_AUTH" -o "$work/result.json" -X POST -H 'Content-Type: text/csv' -T "$work/goats.csv" \
    "http://127.0.0.1:$PORT/organisations/$org/goats/import"
  t1=$(now)
  grep -q "\"inserted\":$N" "$work/result.json" || { cat "$work/result.json"; exit 1; }
  psql_db -c "alter table raw_goat alter column id set default gen_random_uuid(),
              alter column organisation_id set default '$org'"
  t2=$(now)
  psql_db -c "\\copy raw_goat (ear_tag, sex, birth_date, strain, coat_colour, category) from '$work/goats.csv' with (format csv, header true)"
  t3=$(now)
  awk -v run="$run" -v n="$N" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" \
    'BEGIN { a = t1 - t0; c = t3 - t2; printf "%-6s %12.2f %12.2f %10.0f %10.0f %7.2f\n", run, a, c, n / a, n / c, (n / a) / (n / c) }'
  psql_db -c "truncate raw_goat"
done
grep -o 'Goat import .*' "$work/app.log" | sed 's/^/==> app: /' >&2
