#!/usr/bin/env bash
# Runs a command with a private PostgreSQL cluster on loopback, then stops the cluster whatever the command did.
#
#   scripts/with-postgres.sh swift test --skip-build --filter LedgerTests
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, trusts loopback connections
# (nothing else can reach it) and runs as the `postgres` account that Debian's package creates (initdb refuses
# root). The command sees:
#   PCRES_TEST_POSTGRES_URL   postgres://postgres@127.0.0.1:PORT/postgres
#   PCRES_TEST_POSTGRES_CTL   "stop" or "start" as its only argument stops or starts the cluster (the ledger-offline tests)
set -euo pipefail

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
    echo "with-postgres: PostgreSQL is not installed (make deps installs it)" >&2
    exit 1
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    elif [ "$(id -un)" = postgres ]; then
        "$@"
    else
        sudo -u postgres -- "$@"
    fi
}

folder=$(mktemp -d /tmp/pcres-postgres.XXXXXX)
chmod 0755 "$folder"
chown postgres "$folder" 2>/dev/null || true
data="$folder/data"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

cleanup() {
    as_postgres "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap cleanup EXIT INT TERM

as_postgres "$bindir/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
fsync = off
max_connections = 60
CONF

control="$folder/ctl"
cat >"$control" <<CTL
#!/usr/bin/env bash
# stop | start: the ledger-offline tests take the server away and bring it back.
set -e
if [ "\$(id -u)" = 0 ]; then run() { runuser -u postgres -- "\$@"; }; else run() { "\$@"; }; fi
case "\$1" in
    stop) run "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null ;;
    start) run "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w start >/dev/null ;;
    *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
chmod 0755 "$control"
"$control" start

export PCRES_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
export PCRES_TEST_POSTGRES_CTL="$control"
status=0
"$@" || status=$?
exit $status
