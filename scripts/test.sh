#!/usr/bin/env bash
# Runs the whole test suite on this machine: installs the system libraries and a PostgreSQL server
# when missing, starts a throwaway PostgreSQL cluster for the database tests, then `swift test`.
# Used as-is by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
HANDPOSE_WITH_POSTGRES_SERVER=1 scripts/install-system-packages.sh
scripts/with-postgres.sh swift test "$@"
