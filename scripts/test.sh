#!/usr/bin/env bash
# Runs the whole test suite on this machine: installs the system libraries when missing, then
# `swift test`. Used as-is by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift test "$@"
