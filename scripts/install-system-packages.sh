#!/usr/bin/env bash
# Installs the Debian packages handpose builds and tests against. Idempotent: packages already
# present are skipped, and apt is not touched at all when nothing is missing.
set -euo pipefail

# The reference LAPACK is Fortran: its runtime's static archive comes in the package of the GCC
# whose libraries the Swift toolchain links against (libgfortran-12-dev beside GCC 12's libstdc++),
# else of the system's GCC runtime.
gcc_major=$(basename "$(dirname "$(clang -print-file-name=libstdc++.a 2>/dev/null)")")
case $gcc_major in
  ''|*[!0-9]*) gcc_major=$(dpkg-query -W -f='${Version}' libgcc-s1 | cut -d. -f1) ;;
esac

# Every C library is linked from its static archive (README, "Speed").
packages=(
  libfftw3-dev        # real FFT (HandPoseNumerics)
  liblapack-dev libblas-dev liblapacke-dev "libgfortran-$gcc_major-dev"   # least squares, SVD, eigen (HandPoseNumerics)
  libsqlite3-dev      # embedded store
  libpq-dev           # PostgreSQL client, loaded at run time
)
if [ "${HANDPOSE_WITH_POSTGRES_SERVER:-0}" = 1 ]; then
  packages+=(postgresql)
fi
if [ "${HANDPOSE_WITH_CHROMIUM:-0}" = 1 ]; then
  packages+=(chromium fonts-dejavu-core)   # renders the HTML report in tests; `handpose report --format pdf`
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
