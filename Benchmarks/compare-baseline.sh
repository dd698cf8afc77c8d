#!/usr/bin/env bash
# handpose analyze against the Python baseline (shared/baseline/baseline.py) on the same files, in one
# run on the same machine: a 60 s 30 fps two-hand recording, a 10-minute 60 fps one, and a batch of
# N (default 200) 60 s recordings. Prints wall times and ratios.
#
#   Benchmarks/compare-baseline.sh [BASELINE.py] [N]
# Needs python3 with numpy, scipy, pandas, pywavelets, filterpy (see shared/baseline/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=${1:-../shared/baseline/baseline.py}
count=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The product as users build it (scripts/build-release.sh), unless HANDPOSE names a binary.
handpose=${HANDPOSE:-$(scripts/build-release.sh .build-static)}
export OPENBLAS_NUM_THREADS=1

seconds() { python3 - "$@" <<'PY'
import subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.perf_counter() - start:.3f}")
PY
}

make() { # name duration fps seed
  $handpose simulate --duration "$2" --fps "$3" --seed "$4" --tremor left:4.6:1.5 --tremor right:5.6:3 \
    --noise-mm 0.4 --drop-rate 0.01 --jitter-ms 1 --output "$work/$1.handpose.csv"
  python3 Benchmarks/python/to_baseline_layout.py "$work/$1.handpose.csv" "$work/$1.csv"
}
make one-minute 60 30 1
make ten-minutes 600 60 2
mkdir -p "$work/batch"
for i in $(seq 1 "$count"); do
  make "batch/rec_$i" 60 30 $((100 + i)) && rm "$work/batch/rec_$i.handpose.csv"
done

printf '%-44s %10s %10s %8s\n' "job" "handpose" "python" "ratio"
row() { printf '%-44s %9ss %9ss %7.1fx\n' "$1" "$2" "$3" "$(python3 -c "print($3/$2)")"; }
for file in one-minute ten-minutes; do
  h=$(seconds "$handpose" analyze "$work/$file.csv" --format json)
  p=$(seconds python3 "$baseline" --clinical "$work/$file.csv")
  row "$file, clinical (analyze vs --clinical)" "$h" "$p"
  p=$(seconds python3 "$baseline" "$work/$file.csv")
  row "$file, python full nine-filter pipeline" "$h" "$p"
done
h=$(seconds "$handpose" analyze "$work/batch" --format jsonl --jobs 2)
p=$(seconds python3 "$baseline" --clinical --batch "$work/batch" --workers 2)
row "batch of $count x 60 s, 2 workers" "$h" "$p"
