#!/usr/bin/env bash
# A private PostgreSQL server on loopback for tests, CI, the scaled-out shape and a developer without
# Docker: Debian's PostgreSQL (installed with apt-get when missing), a cluster of its own (initdb),
# its own port, trust authentication on 127.0.0.1 only. The server runs as the `postgres` user,
# never as root. Idempotent: `start` reuses a running server.
#
#   bash infra/postgres/postgres.sh start|stop|status|url|reset
#
# POSTGRES_PORT (default 25432: below Linux's ephemeral range, 32768–60999, so no client socket of
# another test can hold it when the server binds), POSTGRES_HOME_DIR (default /tmp/monitor-postgres-$POSTGRES_PORT),
# POSTGRES_DB (default monitor), POSTGRES_START_TIMEOUT (seconds, default 60).
set -euo pipefail

POSTGRES_HOST="127.0.0.1"                        # loopback only, on purpose: not configurable
POSTGRES_PORT="${POSTGRES_PORT:-25432}"
POSTGRES_DB="${POSTGRES_DB:-monitor}"
POSTGRES_START_TIMEOUT="${POSTGRES_START_TIMEOUT:-60}"
# Outside the repository: the server's user must reach it, and a worktree under /root is closed to it.
POSTGRES_HOME_DIR="${POSTGRES_HOME_DIR:-${TMPDIR:-/tmp}/monitor-postgres-$POSTGRES_PORT}"
DATA_DIR="$POSTGRES_HOME_DIR/data"
LOG_FILE="$POSTGRES_HOME_DIR/server.log"
LOCK_FILE="${TMPDIR:-/tmp}/monitor-postgres-$POSTGRES_PORT.lock"

log() { printf '[postgres] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$POSTGRES_PORT" =~ ^[0-9]+$ ]] && ((POSTGRES_PORT >= 1024 && POSTGRES_PORT <= 65535)) || die "invalid POSTGRES_PORT: '$POSTGRES_PORT'"
[[ "$POSTGRES_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "invalid POSTGRES_DB: '$POSTGRES_DB' (lower-case letters, digits, _)"

url() { printf 'postgres://postgres@%s:%s/%s\n' "$POSTGRES_HOST" "$POSTGRES_PORT" "$POSTGRES_DB"; }

# The newest installed server's bin directory (Debian keeps them under /usr/lib/postgresql/<major>/bin).
server_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$found" && -x "$found/initdb" && -x "$found/pg_ctl" ]] && printf '%s\n' "$found"
}

install_server() {
  [[ "$(id -u)" == 0 ]] || die "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql"
  command -v apt-get >/dev/null || die "PostgreSQL is not installed and there is no apt-get to install it with"
  log "PostgreSQL is missing; installing it from Debian (apt-get install postgresql)"
  apt-get update -qq >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || die "apt-get install postgresql failed"
}

# Runs a command as the server's user: `postgres` when we are root (initdb and the server refuse
# root), ourselves otherwise.
as_server_user() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as (Debian's package creates it)"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

take_lock() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOCK_FILE"
    flock -w 300 9 || die "could not lock $LOCK_FILE within 300 s"
  fi
}

port_open() { (exec 3<>"/dev/tcp/$POSTGRES_HOST/$POSTGRES_PORT") 2>/dev/null; }

running() { [[ -n "${BIN:-}" && -f "$DATA_DIR/postmaster.pid" ]] && as_server_user "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1 9>&-; }

init_cluster() {
  [[ -f "$DATA_DIR/PG_VERSION" ]] && return 0
  log "creating a cluster in $DATA_DIR"
  mkdir -p "$POSTGRES_HOME_DIR"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$POSTGRES_HOME_DIR"
  chmod 700 "$POSTGRES_HOME_DIR"
  as_server_user "$BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null ||
    die "initdb failed for $DATA_DIR"
  # Trust only on loopback TCP; no other address is listened on (see start).
  cat >"$DATA_DIR/pg_hba.conf" <<HBA
host all all 127.0.0.1/32 trust
HBA
  [[ "$(id -u)" == 0 ]] && chown postgres: "$DATA_DIR/pg_hba.conf"
  return 0
}

start() {
  BIN="$(server_bin || true)"
  [[ -n "$BIN" ]] || { install_server; BIN="$(server_bin || true)"; }
  [[ -n "$BIN" ]] || die "PostgreSQL's initdb and pg_ctl are not under /usr/lib/postgresql/*/bin after installing"
  take_lock
  if running; then
    log "already running on $POSTGRES_HOST:$POSTGRES_PORT"
  else
    port_open && die "port $POSTGRES_PORT is taken by another process: set POSTGRES_PORT"
    init_cluster
    log "starting on $POSTGRES_HOST:$POSTGRES_PORT ($DATA_DIR)"
    as_server_user "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t "$POSTGRES_START_TIMEOUT" \
      -o "-c listen_addresses=$POSTGRES_HOST -p $POSTGRES_PORT -c unix_socket_directories='' -c max_connections=200 -c fsync=on" \
      start >/dev/null 9>&- || { tail -n 20 "$LOG_FILE" >&2 2>/dev/null || true; die "the server did not start (log: $LOG_FILE)"; }
  fi
  # The platform's database, once.
  local psql=(as_server_user "$BIN/../bin/psql" -h "$POSTGRES_HOST" -p "$POSTGRES_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [[ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$POSTGRES_DB'")" != 1 ]]; then
    "${psql[@]}" -c "CREATE DATABASE $POSTGRES_DB" >/dev/null || die "could not create database $POSTGRES_DB"
  fi
  url
}

stop() {
  BIN="$(server_bin || true)"
  [[ -n "$BIN" ]] || { log "not installed"; return 0; }
  take_lock
  if running; then
    as_server_user "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null || die "pg_ctl stop failed"
    log "stopped"
  else
    log "not running"
  fi
}

status() {
  BIN="$(server_bin || true)"
  if running; then log "running on $POSTGRES_HOST:$POSTGRES_PORT ($DATA_DIR)"; url; else log "not running"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  reset) stop; rm -rf "$POSTGRES_HOME_DIR"; log "removed $POSTGRES_HOME_DIR" ;;
  *) echo "usage: $0 start|stop|status|url|reset" >&2; exit 2 ;;
esac
