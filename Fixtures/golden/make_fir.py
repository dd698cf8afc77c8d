#!/usr/bin/env python3
"""
make_fir.py -- extra reference vectors for the window / recursive / FFT smoothers of HandPoseDSP
(SavitzkyGolayFilter, MovingAverageFilter, ExponentialSmoothingFilter), beyond golden.json.

Run from this folder:  python3 make_fir.py  ->  fir.json   (numpy, scipy; versions recorded in meta)

Inputs are written into the JSON (Swift never regenerates them):
  * "x64": 64 samples (even length) from numpy.random.default_rng(20250611): a slow sine + noise.
  * "x5":  5 samples, shorter than most windows (for the extension modes on short signals).
Every case carries the exact Python call that produced it ("call").
"""
import json
import platform
import sys

import numpy as np
import scipy
import scipy.signal as sig
from scipy import ndimage


def L(a):
    return [float(v) for v in np.asarray(a, dtype=float)]


def ema(x, alpha):
    """y0 = x0; y[n] = alpha x[n] + (1-alpha) y[n-1]  (pandas ewm(alpha, adjust=False).mean())."""
    y = np.empty_like(x)
    y[0] = x[0]
    for n in range(1, len(x)):
        y[n] = alpha * x[n] + (1 - alpha) * y[n - 1]
    return y


def main(out_path="fir.json"):
    rng = np.random.default_rng(20250611)
    t = np.arange(64) / 30.0
    x64 = 0.8 * np.sin(2 * np.pi * 0.7 * t) + 0.3 * t + 0.05 * rng.standard_normal(64)
    x5 = np.array([0.3, -1.2, 2.5, 0.7, 1.1])
    out = {
        "meta": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                 "seed": 20250611, "generator": "make_fir.py"},
        "inputs": {"x64": L(x64), "x5": L(x5)},
    }

    # ---------------------------------------------------------------- Savitzky-Golay
    cases = []

    def add(name, x, wl, po, deriv=0, delta=1.0, mode="interp", cval=0.0):
        call = (f"savgol_filter({name}, {wl}, {po}, deriv={deriv}, delta={delta!r}, mode='{mode}', "
                f"cval={cval!r})")
        cases.append({
            "input": name, "window_length": wl, "polyorder": po, "deriv": deriv, "delta": delta,
            "mode": mode, "cval": cval, "call": call,
            "coeffs_conv": L(sig.savgol_coeffs(wl, po, deriv=deriv, delta=delta)),
            "y": L(sig.savgol_filter(x, wl, po, deriv=deriv, delta=delta, mode=mode, cval=cval)),
        })

    xs = {"x64": x64, "x5": x5}
    for mode in ["interp", "mirror", "nearest", "constant", "wrap"]:
        add("x64", x64, 7, 2, mode=mode)
        add("x64", x64, 9, 3, deriv=1, delta=1 / 60, mode=mode)
        add("x64", x64, 13, 4, deriv=2, delta=1 / 60, mode=mode)
    add("x64", x64, 11, 3, mode="constant", cval=1.5)
    add("x64", x64, 9, 0, mode="interp")
    add("x64", x64, 1, 0, mode="interp")
    add("x64", x64, 63, 5, mode="interp")              # nearly W = len (W must be odd)
    add("x5", x5, 5, 2, mode="interp")                 # W = len
    add("x5", x5, 5, 3, deriv=1, delta=0.5, mode="interp")
    for mode in ["mirror", "nearest", "constant", "wrap"]:
        add("x5", x5, 9, 2, mode=mode)                 # window longer than the signal
        add("x5", x5, 15, 3, deriv=1, delta=0.25, mode=mode)
    add("x5", x5, 7, 2, mode="constant", cval=-0.75)
    # scipy accepts a length-1 signal for the extension modes
    for mode in ["mirror", "nearest", "wrap"]:
        cases.append({"input": "x1", "x": [2.5], "window_length": 5, "polyorder": 2, "deriv": 0, "delta": 1.0,
                      "mode": mode, "cval": 0.0, "call": f"savgol_filter([2.5], 5, 2, mode='{mode}')",
                      "coeffs_conv": L(sig.savgol_coeffs(5, 2)),
                      "y": L(sig.savgol_filter(np.array([2.5]), 5, 2, mode=mode))})
    out["savgol"] = {"cases": cases}

    # ---------------------------------------------------------------- moving averages
    ma = []
    for name, x in xs.items():
        for size in [1, 2, 4, 5, 8, 11]:
            ma.append({"input": name, "size": size, "alignment": "centered",
                       "call": f"scipy.ndimage.uniform_filter1d({name}, {size}, mode='reflect')",
                       "y": L(ndimage.uniform_filter1d(x, size, mode="reflect"))})
            ma.append({"input": name, "size": size, "alignment": "trailing",
                       "call": f"[{name}[max(0, i-{size}+1):i+1].mean() for i in range(len({name}))]"
                               "  (pandas rolling(size, min_periods=1).mean())",
                       "y": L([x[max(0, i - size + 1):i + 1].mean() for i in range(len(x))])})
            if size <= len(x):
                ma.append({"input": name, "size": size, "alignment": "valid",
                           "call": f"np.convolve({name}, np.ones({size})/{size}, 'valid')",
                           "y": L(np.convolve(x, np.ones(size) / size, "valid"))})
    out["moving_average"] = {"cases": ma}

    # ---------------------------------------------------------------- exponential smoothing
    es = []
    for alpha in [1.0, 0.5, 0.3, 0.05]:
        f = ema(x64, alpha)
        es.append({"input": "x64", "alpha": alpha,
                   "call_forward": f"ema(x64, {alpha})  (pandas ewm(alpha={alpha}, adjust=False).mean())",
                   "forward": L(f),
                   "call_zero_phase": f"ema(ema(x64, {alpha})[::-1], {alpha})[::-1]",
                   "zero_phase": L(ema(f[::-1].copy(), alpha)[::-1])})
    out["exponential_smoothing"] = {"cases": es}

    with open(out_path, "w") as fh:
        json.dump(out, fh, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:])
