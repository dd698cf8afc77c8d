#!/usr/bin/env python3
"""Writes Sources/HandPoseDSP/WaveletFilterBank+Table.swift: the scaling (reconstruction low-pass)
filters of the orthogonal wavelets that handpose supports, as numeric constants taken from PyWavelets.

    python3 Fixtures/golden/make_wavelet_filters.py        (run from the package root)

Only numbers are copied: `pywt.Wavelet(name).rec_lo` for db1-db10, sym2-sym10 and coif1-coif5, each
printed as Python's shortest round-trip decimal so Swift parses it back to the identical float64.
The other three filters (dec_lo, dec_hi, rec_hi) are derived in Swift by the quadrature-mirror
relations, which `WaveletFilterBankTests` checks against PyWavelets' own arrays in wavelet.json.
"""
import pathlib
import sys

import pywt

NAMES = ([f"db{n}" for n in range(1, 11)] + [f"sym{n}" for n in range(2, 11)]
         + [f"coif{n}" for n in range(1, 6)])


def main() -> None:
    root = pathlib.Path(__file__).resolve().parents[2]
    target = root / "Sources/HandPoseDSP/WaveletFilterBank+Table.swift"
    lines = [
        "// GENERATED FILE - do not edit by hand.",
        f"// Made by Fixtures/golden/make_wavelet_filters.py from PyWavelets {pywt.__version__}",
        "// (Python " + sys.version.split()[0] + "): `pywt.Wavelet(name).rec_lo` for every supported wavelet,",
        "// printed as shortest round-trip decimals (these parse back to the identical float64).",
        "// The values are mathematical constants (Daubechies 1988, 1992); no PyWavelets code is included.",
        "",
        "extension WaveletFilterBank {",
        "    /// The scaling filter h (reconstruction low-pass, Σh = √2, Σh² = 1) of each supported",
        "    /// wavelet, keyed by its PyWavelets name.",
        "    static let scalingFilters: [String: [Double]] = [",
    ]
    for name in NAMES:
        coefficients = pywt.Wavelet(name).rec_lo
        lines.append(f'        "{name}": [')
        for value in coefficients:
            lines.append(f"            {float(value)!r},")
        lines.append("        ],")
    lines += ["    ]", "}", ""]
    target.write_text("\n".join(lines))
    print(f"wrote {target.relative_to(root)} ({len(NAMES)} wavelets)")


if __name__ == "__main__":
    main()
