#!/usr/bin/env bash
# Sets up a fresh machine and runs the clinical analysis on a bundled example recording:
# installs the system libraries when missing, builds in release mode (Swift runtime linked statically:
# a self-contained binary that starts faster), analyses the recording.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product handpose --static-swift-stdlib
.build/release/handpose analyze "${1:-Fixtures/recordings/two-hands-long.csv}"
