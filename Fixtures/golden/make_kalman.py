"""Extra filterpy reference data for the Kalman tests (Fixtures/golden/kalman.json).

golden.json covers the constant-velocity KalmanFilter + rts_smoother; this adds the
constant-acceleration model (dim 3) on the same input z_d, with
    F = [[1, dt, dt^2/2], [0, 1, dt], [0, 0, 1]], H = [[1, 0, 0]],
    Q = Q_discrete_white_noise(dim=3, dt=dt, var=q), R = r,
    x0 = [z0, 0, 0], P0 = diag(1, 1, 1);
for each z: kf.predict(); kf.update(z); then kf.rts_smoother(xs, Ps).
Also Q_discrete_white_noise(dim=2/3) for dt = 0.01, var = 2.

Run: python3 Fixtures/golden/make_kalman.py   (writes kalman.json next to this script)
"""
import json
import os

import filterpy
import numpy as np
from filterpy.common import Q_discrete_white_noise
from filterpy.kalman import KalmanFilter

here = os.path.dirname(os.path.abspath(__file__))
golden = json.load(open(os.path.join(here, "golden.json")))
z = np.array(golden["inputs"]["z_d"]["z"])
dt = 1.0 / golden["inputs"]["z_d"]["fs"]
q, r = 20.0, 0.01 ** 2

kf = KalmanFilter(dim_x=3, dim_z=1)
kf.F = np.array([[1., dt, 0.5 * dt * dt], [0., 1., dt], [0., 0., 1.]])
kf.H = np.array([[1., 0., 0.]])
kf.Q = Q_discrete_white_noise(dim=3, dt=dt, var=q)
kf.R = np.array([[r]])
kf.x = np.array([[z[0]], [0.], [0.]])
kf.P = np.eye(3)
xs, Ps = [], []
for zk in z:
    kf.predict()
    kf.update(zk)
    xs.append(kf.x.ravel().copy())
    Ps.append(kf.P.copy())
xs = np.array(xs)
Ps = np.array(Ps)
xsm, Psm, _, _ = kf.rts_smoother(xs.reshape(-1, 3, 1), Ps)

L = lambda a: np.asarray(a).tolist()
out = {
    "meta": {"filterpy": filterpy.__version__, "numpy": np.__version__, "script": "make_kalman.py"},
    "kalman_ca": {
        "input": "golden.json inputs.z_d", "dt": dt, "q": q, "R": r, "x0": [float(z[0]), 0.0, 0.0], "P0": L(np.eye(3)),
        "Q": L(kf.Q), "x_filtered": L(xs), "P_filtered_last": L(Ps[-1]),
        "x_rts_smoothed": L(xsm.reshape(-1, 3)), "P_rts_smoothed_first": L(Psm[0]),
    },
    "q_discrete_white_noise": {
        "dt": 0.01, "var": 2.0,
        "dim2": L(Q_discrete_white_noise(dim=2, dt=0.01, var=2.0)),
        "dim3": L(Q_discrete_white_noise(dim=3, dt=0.01, var=2.0)),
    },
}
with open(os.path.join(here, "kalman.json"), "w") as fh:
    json.dump(out, fh, indent=1)
