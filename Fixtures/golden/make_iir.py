#!/usr/bin/env python3
"""
make_iir.py -- extra reference data for the Butterworth / SOS filtering / Welch tests of HandPoseDSP.

Run:  python3 make_iir.py            (writes iir.json next to this script)
Needs numpy and scipy; the versions used are recorded in iir.json["meta"].

Complements golden.json (which covers four Butterworth designs and four Welch cases) with:
* designs: band-stop, odd orders 1/3/5/7/9, high orders 8-10, edges near 0 and near Nyquist.
  For each: butter(order, Wn, btype, fs=fs) as b/a and as sos, sosfilt_zi(sos), and the default
  sosfiltfilt padlen 3*ntaps.
* filtering: on seeded inputs (stored here), sosfilt (zero state and zi*x[0]),
  sosfiltfilt with padtype odd/even/constant/None and an explicit padlen.
* welch: linear detrend, nperseg longer than the signal (clamped), odd nfft, spectrum scaling.
Inputs are stored in the JSON, so the Swift tests never reproduce numpy's RNG.
Floats are written with Python repr (shortest round trip).
"""
import json
import os
import warnings

import numpy as np
import scipy
import scipy.signal as sig


def L(a):
    a = np.asarray(a, dtype=float)
    return [L(r) for r in a] if a.ndim > 1 else [float(v) for v in a]


DESIGNS = [
    # name, order, btype, Wn, fs
    ("lowpass_o1_6hz_fs30", 1, "lowpass", 6.0, 30.0),
    ("lowpass_o3_10hz_fs60", 3, "lowpass", 10.0, 60.0),
    ("lowpass_o5_14p5hz_fs30", 5, "lowpass", 14.5, 30.0),
    ("lowpass_o7_2hz_fs100", 7, "lowpass", 2.0, 100.0),
    ("lowpass_o8_0p2hz_fs120", 8, "lowpass", 0.2, 120.0),
    ("lowpass_o10_40hz_fs100", 10, "lowpass", 40.0, 100.0),
    ("highpass_o1_0p5hz_fs30", 1, "highpass", 0.5, 30.0),
    ("highpass_o3_0p3hz_fs60", 3, "highpass", 0.3, 60.0),
    ("highpass_o7_20hz_fs60", 7, "highpass", 20.0, 60.0),
    ("highpass_o9_1hz_fs120", 9, "highpass", 1.0, 120.0),
    ("bandpass_o1_3to12hz_fs60", 1, "bandpass", [3.0, 12.0], 60.0),
    ("bandpass_o3_4to8hz_fs30", 3, "bandpass", [4.0, 8.0], 30.0),
    ("bandpass_o5_0p1to59hz_fs120", 5, "bandpass", [0.1, 59.0], 120.0),
    ("bandpass_o8_3to7hz_fs100", 8, "bandpass", [3.0, 7.0], 100.0),
    ("bandstop_o1_4to6hz_fs30", 1, "bandstop", [4.0, 6.0], 30.0),
    ("bandstop_o2_45to55hz_fs200", 2, "bandstop", [45.0, 55.0], 200.0),
    ("bandstop_o5_8to12hz_fs60", 5, "bandstop", [8.0, 12.0], 60.0),
    ("bandstop_o10_1to14hz_fs30", 10, "bandstop", [1.0, 14.0], 30.0),
]

# (design name, input name, padlen override or None)
FILTERING = [
    ("lowpass_o1_6hz_fs30", "u30", None),
    ("lowpass_o5_14p5hz_fs30", "u30", None),
    ("highpass_o3_0p3hz_fs60", "u60", 40),
    ("bandpass_o3_4to8hz_fs30", "u30", None),
    ("bandstop_o5_8to12hz_fs60", "u60", None),
    ("bandstop_o1_4to6hz_fs30", "u30", 7),
]


def main():
    rng = np.random.default_rng(20240611)
    t30 = np.arange(160) / 30.0
    t60 = np.arange(160) / 60.0
    inputs = {
        "u30": 0.5 + 0.05 * np.sin(2 * np.pi * 1.2 * t30) + 0.01 * np.sin(2 * np.pi * 9 * t30) + 0.003 * rng.standard_normal(160),
        "u60": -3.0 + 2.0 * t60 + np.sin(2 * np.pi * 10 * t60) + 0.2 * rng.standard_normal(160),
        "w": 1.5 + np.sin(2 * np.pi * 5 * np.arange(100) / 40.0) + 0.4 * np.arange(100) / 40.0 + 0.3 * rng.standard_normal(100),
    }
    out = {
        "meta": {
            "generator": "make_iir.py",
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "float_format": "float64, shortest round-trip repr",
        },
        "inputs": {k: L(v) for k, v in inputs.items()},
        "designs": [],
        "filtering": [],
        "welch": [],
    }
    sos_by_name = {}
    for name, order, btype, wn, fs in DESIGNS:
        b, a = sig.butter(order, wn, btype=btype, fs=fs)
        sos = sig.butter(order, wn, btype=btype, fs=fs, output="sos")
        sos_by_name[name] = (sos, fs)
        ntaps = 2 * sos.shape[0] + 1 - min(int((sos[:, 2] == 0).sum()), int((sos[:, 5] == 0).sum()))
        out["designs"].append({
            "name": name, "order": order, "btype": btype,
            "edges": [float(w) for w in np.atleast_1d(wn)], "fs": fs,
            "call": f"butter({order}, {wn}, btype='{btype}', fs={fs}[, output='sos']); sosfilt_zi(sos)",
            "b": L(b), "a": L(a), "sos": L(sos), "zi": L(sig.sosfilt_zi(sos)), "padlen": 3 * ntaps,
        })
    for name, input_name, padlen in FILTERING:
        sos, _ = sos_by_name[name]
        x = inputs[input_name]
        zi = sig.sosfilt_zi(sos)
        case = {
            "design": name, "input": input_name, "padlen": padlen,
            "call": "sosfilt(sos,x); sosfilt(sos,x,zi=zi*x[0]); sosfiltfilt(sos,x,padtype=..., padlen=padlen)",
            "sosfilt": L(sig.sosfilt(sos, x)),
            "sosfilt_steady": L(sig.sosfilt(sos, x, zi=zi * x[0])[0]),
        }
        for padtype in ("odd", "even", "constant", None):
            case[f"sosfiltfilt_{padtype}"] = L(sig.sosfiltfilt(sos, x, padtype=padtype, padlen=padlen))
        out["filtering"].append(case)
    welch_cases = [
        dict(nperseg=32, detrend="linear"),
        dict(nperseg=40, noverlap=30, nfft=45),
        dict(nperseg=25, noverlap=0, detrend=False, scaling="spectrum"),
        dict(nperseg=300),  # longer than the signal: clamped to 100 with a warning
        dict(nperseg=64, noverlap=63, detrend="linear", scaling="spectrum"),
    ]
    for kwargs in welch_cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f, p = sig.welch(inputs["w"], fs=40.0, **kwargs)
        out["welch"].append({"input": "w", "fs": 40.0, "kwargs": {k: (str(v) if v is False else v) for k, v in kwargs.items()},
                             "call": f"welch(w, fs=40.0, **{kwargs})", "f": L(f), "pxx": L(p)})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "iir.json")
    with open(path, "w") as handle:
        json.dump(out, handle, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main()
