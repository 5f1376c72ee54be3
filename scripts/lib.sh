# Shared by scripts/run and scripts/test: start the local PostgreSQL when it is down and give Pashm a role.
# Works whether 127.0.0.1 uses trust or asks for a password: the role is created over the local socket as the
# postgres superuser, and the app always connects with the role's password.

PASHM_DB_HOST=${PASHM_DB_HOST:-127.0.0.1}
PASHM_DB_PORT=${PASHM_DB_PORT:-5432}
PASHM_DB_USER=${PASHM_DB_USER:-pashm}
PASHM_DB_PASSWORD=${PASHM_DB_PASSWORD:-pashm}
export PASHM_DB_USER PASHM_DB_PASSWORD

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs psql as the postgres superuser: over the socket as root, else with sudo, else over TCP (trust).
as_postgres() {
  if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
    (cd / && runuser -u postgres -- psql -X -v ON_ERROR_STOP=1 -q "$@")
  elif sudo -n true 2>/dev/null; then
    (cd / && sudo -n -u postgres psql -X -v ON_ERROR_STOP=1 -q "$@")
  else
    psql -X -v ON_ERROR_STOP=1 -q -h "$PASHM_DB_HOST" -p "$PASHM_DB_PORT" -U postgres "$@"
  fi
}

ensure_postgres() {
  if pg_isready -q -h "$PASHM_DB_HOST" -p "$PASHM_DB_PORT"; then
    return 0
  fi
  log "PostgreSQL is down on $PASHM_DB_HOST:$PASHM_DB_PORT: starting it"
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    echo "No PostgreSQL cluster under /etc/postgresql; install PostgreSQL 15 or set PASHM_DB_HOST/PORT" >&2
    return 1
  fi
  if [ "$(id -u)" = 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  else
    sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PASHM_DB_HOST" -p "$PASHM_DB_PORT" && return 0
    sleep 1
  done
  echo "PostgreSQL did not become ready on $PASHM_DB_HOST:$PASHM_DB_PORT" >&2
  return 1
}

ensure_role() {
  as_postgres -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$PASHM_DB_USER') then
    create role "$PASHM_DB_USER" login createdb password '$PASHM_DB_PASSWORD';
  else
    alter role "$PASHM_DB_USER" login createdb password '$PASHM_DB_PASSWORD';
  end if;
end \$\$;
SQL
}

# create_database NAME: creates NAME owned by the Pashm role unless it exists.
create_database() {
  local name=$1
  if [ "$(as_postgres -d postgres -tAc "select 1 from pg_database where datname = '$name'")" != 1 ]; then
    as_postgres -d postgres -c "create database \"$name\" owner \"$PASHM_DB_USER\""
  fi
}

drop_database() {
  as_postgres -d postgres -c "drop database if exists \"$1\" with (force)" || true
}

jdbc_url() {
  echo "jdbc:postgresql://$PASHM_DB_HOST:$PASHM_DB_PORT/$1"
}
