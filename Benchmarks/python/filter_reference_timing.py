#!/usr/bin/env python3
"""Times the reference implementations (scipy, PyWavelets, filterpy, numpy) on the same work as
`swift run -c release filter-throughput`: 126 channels x 36 000 samples at 60 Hz (a 10-minute, 60 fps,
two-hand recording), one core. Prints M samples/s per method.

    python3 -m venv v && v/bin/pip install numpy scipy pywavelets filterpy
    v/bin/python Benchmarks/python/filter_reference_timing.py [--channels 126] [--samples 36000]

Slow methods (filterpy Kalman/UKF, particle filter) run on fewer channels and are scaled to a rate;
the rate is what is compared.
"""
import argparse
import json
import sys
import time

import numpy as np
import pywt
import scipy
from scipy import signal
from scipy.ndimage import uniform_filter1d


def channels(count, samples, fs=60.0, seed=1):
    rng = np.random.default_rng(seed)
    t = np.arange(samples) / fs
    phase = np.arange(count)[:, None] * 0.37
    return (20 * np.sin(2 * np.pi * 0.3 * t + phase) + 2 * np.sin(2 * np.pi * 5 * t + 2 * phase)
            + 0.5 * rng.standard_normal((count, samples)))


def best_rate(function, data, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for row in data:
            function(row)
        best = min(best, time.perf_counter() - start)
    return data.size / best / 1e6


def ema(x, alpha=0.5):
    return signal.lfilter([alpha], [1, alpha - 1], x, zi=[(1 - alpha) * x[0]])[0]


def fft_lowpass(x, fs=60.0, cutoff=12.0):
    extended = np.concatenate([x, x[::-1]])
    spectrum = np.fft.rfft(extended)
    spectrum[np.fft.rfftfreq(extended.size, 1 / fs) > cutoff] = 0
    return np.fft.irfft(spectrum, extended.size)[: x.size]


def wavelet_denoise(x, wavelet="db4"):
    coeffs = pywt.wavedec(x, wavelet, mode="symmetric")
    sigma = np.median(np.abs(coeffs[-1])) / 0.6744897501960817
    lam = sigma * np.sqrt(2 * np.log(x.size))
    coeffs[1:] = [pywt.threshold(c, lam, "soft") for c in coeffs[1:]]
    return pywt.waverec(coeffs, wavelet, mode="symmetric")[: x.size]


def kalman_rts(x, dt=1 / 60, q=1e6, r=1.0):
    from filterpy.common import Q_discrete_white_noise
    from filterpy.kalman import KalmanFilter
    kf = KalmanFilter(dim_x=2, dim_z=1)
    kf.x = np.array([x[0], 0.0]); kf.F = np.array([[1, dt], [0, 1]]); kf.H = np.array([[1.0, 0.0]])
    kf.P = np.diag([r, 1e6]); kf.R = np.array([[r]]); kf.Q = Q_discrete_white_noise(2, dt, q)
    means, covs, _, _ = kf.batch_filter(x)
    return kf.rts_smoother(means, covs)[0][:, 0]


def particle(x, n=500, dt=1 / 60, r=1.0, seed=0):
    rng = np.random.default_rng(seed)
    p = np.stack([x[0] + rng.standard_normal(n), rng.standard_normal(n)], axis=1)
    w = np.full(n, 1 / n)
    out = np.empty_like(x)
    for k, z in enumerate(x):
        p[:, 0] += p[:, 1] * dt + rng.standard_normal(n) * 0.5
        p[:, 1] += rng.standard_normal(n) * 10
        w *= np.exp(-0.5 * (z - p[:, 0]) ** 2 / r); w += 1e-300; w /= w.sum()
        out[k] = w @ p[:, 0]
        if 1 / np.sum(w ** 2) < n / 2:
            positions = (rng.random() + np.arange(n)) / n
            idx = np.searchsorted(np.cumsum(w), positions)
            p = p[np.minimum(idx, n - 1)]; w.fill(1 / n)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=126)
    parser.add_argument("--samples", type=int, default=36000)
    args = parser.parse_args()
    data = channels(args.channels, args.samples)
    few = data[:2]
    sos = signal.butter(4, 12, fs=60, output="sos")
    results = {
        "butterworth (sosfiltfilt, order 4, 12 Hz)": best_rate(lambda x: signal.sosfiltfilt(sos, x), data),
        "savgol (window 13, order 3, interp)": best_rate(lambda x: signal.savgol_filter(x, 13, 3), data),
        "moving-average (centred 5, reflect)": best_rate(lambda x: uniform_filter1d(x, 5, mode="reflect"), data),
        "exponential (forward, alpha 0.5, lfilter)": best_rate(ema, data),
        "fft (low-pass 12 Hz, reflect padding)": best_rate(fft_lowpass, data),
        "wavelet (db4 VisuShrink soft)": best_rate(wavelet_denoise, data),
        "kalman (filterpy CV + RTS)": best_rate(kalman_rts, few, repeat=1),
        "particle (numpy, 500 particles)": best_rate(particle, few[:1, :6000], repeat=1),
    }
    print(json.dumps({
        "python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
        "pywavelets": pywt.__version__, "work": f"{args.channels} x {args.samples} samples",
        "MsamplesPerSecond": {name: round(rate, 3) for name, rate in results.items()},
    }, indent=2))


if __name__ == "__main__":
    main()
