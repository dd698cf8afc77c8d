#!/usr/bin/env bash
# Regenerates the simulated recordings in Fixtures/recordings with the handpose simulator.
# The simulator is deterministic, so running this again gives byte-identical files.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product handpose >/dev/null
handpose=.build/release/handpose
out=Fixtures/recordings

# Clean two-hand recording in world millimetres: the README's example.
$handpose simulate --duration 12 --fps 30 --seed 1 \
  --tremor left:4.6:1.5 --tremor right:5.2:3.0 --noise-mm 0.3 --jitter-ms 1 \
  --layout long --units mm --output $out/two-hands-long.csv --truth $out/two-hands-long.truth.json

# Wide indexed (x0…z20), normalized image coordinates of a 1280x720 camera, 60 fps.
$handpose simulate --duration 12 --fps 60 --seed 2 \
  --tremor right:6.0:2.0 --noise-mm 0.2 --jitter-ms 0.5 \
  --layout wide --units normalized --output $out/two-hands-wide.csv --truth $out/two-hands-wide.truth.json

# Wide 1-based (x1…z21), one hand (right) in world metres, 30 fps.
$handpose simulate --duration 12 --fps 30 --seed 3 --hands right \
  --tremor right:4.8:2.5 --noise-mm 0.3 \
  --layout wide-one-based --units m --output $out/right-hand-wide-one-based.csv --truth $out/right-hand-wide-one-based.truth.json

# Wide named (left_wrist_x …), world metres, 30 fps, hands at rest (tremor only).
$handpose simulate --duration 12 --fps 30 --seed 4 --rest \
  --tremor left:5.5:1.0 --tremor right:5.0:2.0 --noise-mm 0.2 \
  --layout named --units m --output $out/two-hands-named.csv --truth $out/two-hands-named.truth.json

# Faults: 5 % dropped frames, a 2 s gap of the right hand, 6 ms timing jitter, heavy noise.
$handpose simulate --duration 12 --fps 30 --seed 5 \
  --tremor left:4.2:2.0 --tremor right:5.6:4.0 --noise-mm 1.2 \
  --drop-rate 0.05 --gap right:4:2 --jitter-ms 6 \
  --layout long --units mm --output $out/faulty-long.csv --truth $out/faulty-long.truth.json
ls -la $out
