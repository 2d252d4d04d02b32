#!/usr/bin/env bash
# Throw-away PostgreSQL 15 cluster for the PostgreSQL tests, used by developers running
# them locally and by .ci/run. Trust auth, TCP on 127.0.0.1 only, unix socket inside
# the cluster folder (so /var/run/postgresql does not matter).
#
#   eval "$(tests/postgres-cluster.sh start | tail -1)"   # sets ORCHARDGOV_TEST_POSTGRES
#   dotnet test OrchardGov.sln
#   tests/postgres-cluster.sh stop
#
# Settings: ORCHARDGOV_PG_DIR (default /tmp/orchardgov-pg), ORCHARDGOV_PG_PORT (default 55432),
# PG_BIN (default /usr/lib/postgresql/15/bin). The export line is the only output on stdout.
set -euo pipefail

DIR="${ORCHARDGOV_PG_DIR:-/tmp/orchardgov-pg}"
PORT="${ORCHARDGOV_PG_PORT:-55432}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_env() {
    echo "export ORCHARDGOV_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres'"
}

stop_cluster() {
    [ -e "$DIR" ] || return 0
    # Never wipe a folder that is not one of our clusters (ORCHARDGOV_PG_DIR may be mistyped).
    if [ ! -f "$DIR/PG_VERSION" ] && [ -n "$(ls -A "$DIR")" ]; then
        echo "postgres-cluster: $DIR is not a PostgreSQL cluster, not removing it" >&2
        exit 1
    fi
    if [ -f "$DIR/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        as_owner "$PG_BIN/pg_ctl" -D "$DIR" stop -m fast >/dev/null
    fi
    rm -rf "$DIR"
}

start_cluster() {
    stop_cluster
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; fi

    local locale=(--no-locale)
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=(--locale=C.UTF-8); fi

    # Tool chatter goes to stderr so that stdout carries only the export line.
    as_owner "$PG_BIN/initdb" -D "$DIR" --auth=trust -U postgres --encoding=UTF8 "${locale[@]}" >&2
    if ! as_owner "$PG_BIN/pg_ctl" -D "$DIR" -l "$DIR/log" -w \
            -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR" start >&2; then
        echo "postgres-cluster: server did not start; end of $DIR/log:" >&2
        tail -n 20 "$DIR/log" >&2 || true
        exit 1
    fi
    print_env
}

case "${1:-}" in
    start) start_cluster ;;
    stop) stop_cluster ;;
    env) print_env ;;
    *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
