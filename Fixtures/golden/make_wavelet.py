#!/usr/bin/env python3
"""Makes Fixtures/golden/wavelet.json: PyWavelets reference data for handpose's wavelet code.

    python3 Fixtures/golden/make_wavelet.py            (run from the package root)

Needs numpy and PyWavelets (made with the versions recorded in `meta`). Deterministic: the input
signal comes from numpy.random.default_rng(SEED) and is written into the JSON, so the Swift tests
never regenerate it. Floats are Python's shortest round-trip repr (bit-exact when parsed back).

Contents
--------
* `filters`: dec_lo, dec_hi, rec_lo, rec_hi of every supported wavelet (`pywt.Wavelet(name)`).
* `cases`: every wavelet (db1-db10, sym2-sym10, coif1-coif5) x every mode (symmetric,
  periodization, zero, constant) x every length in LENGTHS (plus LONG_LENGTH for LONG_NAMES), on
  the prefix `x[:n]` of `input`:
    - `level`: `pywt.dwt_max_level(n, dec_len)`, or 1 when that is 0 (short signals);
    - `lengths`, `coeffs`: `pywt.wavedec(x[:n], name, mode=mode, level=level)`, concatenated in
      pywt's order [cA_level, cD_level, ..., cD_1];
    - `sigma`, `lambda`: VisuShrink, sigma = median(|cD_1|)/0.6744897501960817 (all cD_1
      coefficients), lambda = sigma*sqrt(2 ln n);
    - `denoised_soft` / `denoised_hard`: `pywt.waverec([cA] + [pywt.threshold(d, lambda, kind)
      for d in details], name, mode=mode)[:n]` (hard only for the middle length, to keep the file
      small).
* `max_level`: `pywt.dwt_max_level(n, filter_len)` for a grid of lengths and filter lengths.
"""
import json
import math
import pathlib
import platform

import numpy as np
import pywt

SEED = 20240611
NAMES = ([f"db{n}" for n in range(1, 11)] + [f"sym{n}" for n in range(2, 11)]
         + [f"coif{n}" for n in range(1, 6)])
MODES = ["symmetric", "periodization", "zero", "constant"]
LENGTHS = [5, 20]
LONG_LENGTH, LONG_NAMES = 47, ["db1", "db4", "sym8", "coif3"]
MAD_TO_SIGMA = 0.6744897501960817  # scipy.stats.norm.ppf(0.75)


def floats(values):
    return [float(v) for v in values]


def main() -> None:
    rng = np.random.default_rng(SEED)
    n_max = LONG_LENGTH
    t = np.arange(n_max) / n_max
    x = np.where(t < 0.4, np.sin(5 * np.pi * t), 0.3 - 0.5 * t) + 0.1 * rng.standard_normal(n_max)

    out = {
        "meta": {
            "generator": "Fixtures/golden/make_wavelet.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "pywavelets": pywt.__version__,
            "seed": SEED,
            "float_format": "float64, shortest round-trip repr",
        },
        "input": {"desc": "sin(5 pi t) for t < 0.4 else 0.3 - 0.5 t, plus 0.1 N(0,1); t = k/47",
                  "x": floats(x)},
        "filters": {},
        "cases": [],
        "max_level": [],
    }
    for name in NAMES:
        w = pywt.Wavelet(name)
        out["filters"][name] = {
            "dec_lo": floats(w.dec_lo), "dec_hi": floats(w.dec_hi),
            "rec_lo": floats(w.rec_lo), "rec_hi": floats(w.rec_hi),
        }
    for name in NAMES:
        w = pywt.Wavelet(name)
        for mode in MODES:
            for n in LENGTHS + ([LONG_LENGTH] if name in LONG_NAMES else []):
                signal = x[:n]
                level = max(1, pywt.dwt_max_level(n, w.dec_len))
                coeffs = pywt.wavedec(signal, w, mode=mode, level=level)
                sigma = float(np.median(np.abs(coeffs[-1])) / MAD_TO_SIGMA)
                lam = sigma * math.sqrt(2 * math.log(n))
                case = {
                    "wavelet": name, "mode": mode, "n": n, "level": level,
                    "call": f"pywt.wavedec(x[:{n}], '{name}', mode='{mode}', level={level})",
                    "lengths": [len(c) for c in coeffs],
                    "coeffs": floats(np.concatenate(coeffs)),
                    "sigma": sigma, "lambda": lam,
                }
                kinds = ["soft", "hard"] if n == LENGTHS[1] else ["soft"]
                for kind in kinds:
                    shrunk = [coeffs[0]] + [pywt.threshold(d, lam, mode=kind) for d in coeffs[1:]]
                    case[f"denoised_{kind}"] = floats(pywt.waverec(shrunk, w, mode=mode)[:n])
                out["cases"].append(case)
    for n in [1, 2, 3, 6, 7, 13, 14, 27, 28, 56, 57, 100, 256, 1000, 4096]:
        for filter_len in [2, 4, 8, 14, 20, 30]:
            out["max_level"].append([n, filter_len, pywt.dwt_max_level(n, filter_len)])

    target = pathlib.Path(__file__).resolve().parent / "wavelet.json"
    target.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {target.name}: {len(out['cases'])} cases, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
