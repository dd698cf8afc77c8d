#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a new cluster in the system temp directory,
# listening on a free loopback port, trust authentication, durability off for speed. Exports
# HANDPOSE_TEST_POSTGRES_URL for the command and removes the cluster when the command ends.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
#
#   scripts/with-postgres.sh swift test
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "error: no PostgreSQL server found (install it with HANDPOSE_WITH_POSTGRES_SERVER=1 scripts/install-system-packages.sh)" >&2
  exit 69
fi

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/handpose-postgres.XXXXXX")
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-locale -E UTF8 >/dev/null
as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
as_server_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres handpose_test

export HANDPOSE_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/handpose_test"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for this run" >&2
"$@"
