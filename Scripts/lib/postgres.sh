#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and measurements, on a loopback port, in a temporary folder.
#   Scripts/lib/postgres.sh start DIR [PORT]   → initdb + pg_ctl start; prints the URL (postgres://parallax@127.0.0.1:PORT/parallax)
#   Scripts/lib/postgres.sh stop DIR           → pg_ctl stop (fast) and removes DIR
#   Scripts/lib/postgres.sh restart DIR        → pg_ctl restart (immediate shutdown: what a crash or a failover looks like)
# The server runs as the `postgres` user (initdb refuses root), so DIR must be reachable by it (e.g. /tmp/NAME,
# not a folder inside a mktemp -d folder). PostgreSQL 15 is installed on these
# machines (/usr/lib/postgresql/*/bin); elsewhere `apt-get install postgresql` first.
set -euo pipefail
command=${1:?usage: postgres.sh start|stop|restart DIR [PORT]}
dir=${2:?usage: postgres.sh start|stop|restart DIR [PORT]}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
  start)
    port=${3:-$((20000 + RANDOM % 20000))}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; exit 1; }
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
shared_buffers = 256MB
fsync = on
synchronous_commit = on
CONF
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start > /dev/null
    echo "$port" > "$dir/port"
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE ROLE parallax LOGIN SUPERUSER" -c "CREATE DATABASE parallax OWNER parallax" > /dev/null
    echo "postgres://parallax@127.0.0.1:$port/parallax"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  restart)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m immediate -w -t 60 restart > /dev/null
    ;;
  *) echo "postgres.sh: unknown command $command" >&2; exit 2 ;;
esac
