#!/usr/bin/env bash
# Builds the handpose executable as users run it and prints its path:
#   scripts/build-release.sh [SCRATCH_PATH]     (default .build)
#
# - Release mode, with the Swift runtime and the C++ library under it linked statically (the C
#   libraries are static archives already, see their module maps): the executable loads only libc,
#   libm and libgcc_s, and starts 1.5 ms sooner than with shared libraries (README, "Speed").
# - Concrete type metadata reached through direct accessor functions instead of mangled type names
#   (`-disable-concrete-type-metadata-mangled-name-accessors`, applied to every module, the
#   dependencies' included). A mangled name is resolved at run time by demangling it and checking
#   the generic type's conformances, and the first check of each type and protocol scans every
#   conformance record in the binary (5 400). On the one-minute analysis that was about half of the
#   runtime's conformance scanning: 1-2 ms less per run, output byte-identical (README, "Speed").
# Any other `swift build` of the package works too; it is only slower to start.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build}
case $scratch in /*) ;; *) scratch=$PWD/$scratch ;; esac
# The runtime's `-lstdc++` finds the static archive first in this folder, which holds nothing else
# (without the archive the folder stays empty and the shared library is linked).
static_cxx=$scratch/static-cxx
mkdir -p "$static_cxx"
rm -f "$static_cxx/libstdc++.a"
cxx_archive=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
if [ -f "$cxx_archive" ] && [ "${cxx_archive#/}" != "$cxx_archive" ]; then
  ln -s "$cxx_archive" "$static_cxx/libstdc++.a"
fi
swift build -c release --product handpose --static-swift-stdlib --scratch-path "$scratch" \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker -L"$static_cxx" >&2
echo "$scratch/release/handpose"
