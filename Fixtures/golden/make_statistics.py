"""scipy reference values for the two-sample tests of HandPoseStatistics (Fixtures/golden/statistics.json).

Two-sample cases (inputs stored in the JSON, so Swift never reproduces numpy's generator):
    scipy.stats.ttest_ind(x, y, equal_var=False)                  Welch's t, df, two-sided p
    scipy.stats.mannwhitneyu(x, y, alternative='two-sided')       U of x, p with method='auto'
    ... method='asymptotic' and (without ties) method='exact'     both branches on every case
Effect sizes have no scipy function; they are written here with numpy from their textbook formulas:
    Cohen's d      (mean x - mean y) / s_p,  s_p^2 = ((nx-1) var x + (ny-1) var y) / (nx+ny-2)  (ddof=1)
    Hedges' g      d * J,  J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)),  m = nx+ny-2  (exact J)
    rank-biserial  2 U / (nx ny) - 1
    common-language effect size  U / (nx ny)  (P(X > Y) + P(X = Y)/2)
Distribution functions, to test the special functions on their own:
    scipy.special.betainc(a, b, x), scipy.stats.t.sf(t, df), scipy.special.ndtr(z), scipy.special.gammaln(x)

Run: python3 Fixtures/golden/make_statistics.py   (writes statistics.json next to this script)
"""
import json
import os
import platform
import warnings

import numpy as np
import scipy
from scipy import special, stats

here = os.path.dirname(os.path.abspath(__file__))
SEED = 20260517
rng = np.random.default_rng(SEED)


def f(values):
    return [float(v) for v in values]


def ties_in(x, y):
    both = np.concatenate([x, y])
    return bool(len(np.unique(both)) < len(both))


def effect_sizes(x, y, u):
    nx, ny = len(x), len(y)
    out = {"rank_biserial": 2 * u / (nx * ny) - 1, "common_language": u / (nx * ny)}
    if nx >= 2 and ny >= 2:
        m = nx + ny - 2
        pooled = ((nx - 1) * np.var(x, ddof=1) + (ny - 1) * np.var(y, ddof=1)) / m
        if pooled > 0:
            d = (np.mean(x) - np.mean(y)) / np.sqrt(pooled)
            j = np.exp(special.gammaln(m / 2) - special.gammaln((m - 1) / 2)) / np.sqrt(m / 2)
            out.update({"cohen_d": float(d), "hedges_g": float(d * j), "hedges_j": float(j), "pooled_sd": float(np.sqrt(pooled))})
    return out


def case(name, what, x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    block = {"name": name, "what": what, "x": f(x), "y": f(y), "ties": ties_in(x, y)}
    if len(x) >= 2 and len(y) >= 2:
        # scipy warns about "catastrophic cancellation" on the offset case by a heuristic
        # (spread / mean < 1e-4); its two-pass variance is still accurate to ~1e-11 there.
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            t = stats.ttest_ind(x, y, equal_var=False)
        block["welch"] = {"t": float(t.statistic), "df": float(t.df), "p": float(t.pvalue),
                          "call": "scipy.stats.ttest_ind(x, y, equal_var=False)"}
    auto = stats.mannwhitneyu(x, y, alternative="two-sided")
    method = "asymptotic" if (len(x) > 8 and len(y) > 8) or block["ties"] else "exact"
    block["mann_whitney"] = {"u": float(auto.statistic), "p": float(auto.pvalue), "method": method,
                             "call": "scipy.stats.mannwhitneyu(x, y, alternative='two-sided')"}
    asym = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic")
    block["mann_whitney_asymptotic"] = {"u": float(asym.statistic), "p": float(asym.pvalue),
                                        "call": "scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')"}
    if not block["ties"]:
        exact = stats.mannwhitneyu(x, y, alternative="two-sided", method="exact")
        block["mann_whitney_exact"] = {"u": float(exact.statistic), "p": float(exact.pvalue),
                                       "call": "scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='exact')"}
    block["effect_sizes"] = effect_sizes(x, y, float(auto.statistic))
    return block


cases = [
    case("normal_unequal", "N(1, 0.5) n=23 vs N(1.4, 1.3) n=31: unequal sizes and variances, asymptotic U",
         rng.normal(1.0, 0.5, 23), rng.normal(1.4, 1.3, 31)),
    case("normal_same", "N(0, 1) n=17 vs N(0, 1) n=19: no difference",
         rng.normal(0.0, 1.0, 17), rng.normal(0.0, 1.0, 19)),
    case("ties", "integers 0-5, n=15 vs n=12: many ties, tie-corrected asymptotic U",
         rng.integers(0, 6, 15), rng.integers(1, 7, 12)),
    case("tiny_exact", "n=5 vs n=7, no ties: exact U distribution",
         rng.normal(2.0, 1.0, 5), rng.normal(3.0, 1.5, 7)),
    case("tiny_separated", "n=4 vs n=6, every x below every y: U = 0, the smallest exact p",
         [0.11, 0.52, 0.33, 0.94], [1.2, 1.7, 1.35, 2.2, 1.05, 3.1]),
    case("small_with_ties", "n=6 vs n=7 with ties: scipy's auto switches to the asymptotic test",
         [1.5, 2.0, 2.0, 3.5, 4.0, 1.0], [2.0, 3.0, 3.5, 5.0, 4.5, 6.0, 3.0]),
    case("exact_one_small", "n=8 vs n=40, no ties: exact (one sample <= 8)",
         rng.normal(0.3, 1.0, 8), rng.normal(0.0, 1.0, 40)),
    case("exact_large_other", "n=7 vs n=200, no ties: exact with large counts",
         rng.normal(0.8, 1.0, 7), rng.normal(0.0, 1.0, 200)),
    case("nine_nine", "n=9 vs n=9, no ties: both > 8, asymptotic",
         rng.normal(0.0, 1.0, 9), rng.normal(1.0, 1.0, 9)),
    case("large", "N(5, 2) n=400 vs N(5.3, 2.5) n=350: large samples",
         rng.normal(5.0, 2.0, 400), rng.normal(5.3, 2.5, 350)),
    case("far_apart", "N(0, 1) n=60 vs N(4, 1) n=50: p-values far below 1e-9",
         rng.normal(0.0, 1.0, 60), rng.normal(4.0, 1.0, 50)),
    case("offset", "1e4 + N(0, 0.1), n=12 vs n=10: variance with a large mean (two-pass variance needed)",
         1e4 + rng.normal(0.0, 0.1, 12), 1e4 + rng.normal(0.05, 0.2, 10)),
    case("lognormal_windows", "log-normal amplitudes (mm), n=15 vs n=15, as 4 s tremor windows of 60 s recordings",
         rng.lognormal(np.log(1.5), 0.25, 15), rng.lognormal(np.log(2.2), 0.3, 15)),
    case("constant_x", "x constant n=5 vs y n=8: Welch df = ny - 1; U tie-corrected",
         [2.0, 2.0, 2.0, 2.0, 2.0], rng.normal(2.5, 0.5, 8)),
    case("two_two", "n=2 vs n=2: the smallest Welch test",
         [1.0, 2.0], [3.0, 5.0]),
]

# Special functions on their own.
betainc = []
for a, b, x in [(0.5, 0.5, 0.3), (2.0, 3.0, 0.4), (10.0, 0.5, 0.9), (0.5, 10.0, 0.01), (50.0, 0.5, 0.98),
                (150.0, 0.5, 0.999), (1000.0, 0.5, 0.9995), (3.7, 12.2, 0.25), (25.0, 25.0, 0.5),
                (100.0, 200.0, 0.3), (1e-3, 2.0, 0.5), (7.5, 0.5, 1e-6), (0.5, 7.5, 0.999999)]:
    betainc.append({"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))})
t_sf = []
for t, df in [(0.0, 5.0), (0.5, 1.0), (1.0, 2.0), (2.0, 3.5), (2.5, 7.25), (-1.3, 12.0), (3.0, 30.0), (10.0, 4.2),
              (40.0, 9.0), (1.96, 1e4), (4.0, 1e5), (0.01, 2.5), (6.0, 200.0)]:
    t_sf.append({"t": t, "df": df, "sf": float(stats.t.sf(t, df))})
ndtr = [{"z": z, "value": float(special.ndtr(z))} for z in [-10.0, -5.5, -3.0, -1.0, -0.2, 0.0, 0.7, 2.5, 8.0]]
gammaln = [{"x": x, "value": float(special.gammaln(x))}
           for x in [1e-3, 0.5, 1.0, 1.5, 2.0, 3.3, 7.0, 9.99, 10.0, 12.5, 100.0, 1e3, 5e4, 1e6]]

out = {
    "meta": {"script": "make_statistics.py", "seed": SEED, "generator": "numpy.random.default_rng(seed)",
             "numpy": np.__version__, "scipy": scipy.__version__, "python": platform.python_version(),
             "auto_rule": "scipy 1.17 _mwu_choose_method: asymptotic if nx > 8 and ny > 8, or any tie; else exact"},
    "cases": cases,
    "betainc": {"call": "scipy.special.betainc(a, b, x)", "cases": betainc},
    "t_sf": {"call": "scipy.stats.t.sf(t, df)", "cases": t_sf},
    "ndtr": {"call": "scipy.special.ndtr(z)", "cases": ndtr},
    "gammaln": {"call": "scipy.special.gammaln(x)", "cases": gammaln},
}
with open(os.path.join(here, "statistics.json"), "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
