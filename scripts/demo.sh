#!/usr/bin/env bash
# Sets up a fresh machine and runs the clinical analysis on a bundled example recording:
# installs the system libraries when missing, builds the executable as users run it
# (scripts/build-release.sh), analyses the recording.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
handpose=$(scripts/build-release.sh)
"$handpose" analyze "${1:-Fixtures/recordings/two-hands-long.csv}"
