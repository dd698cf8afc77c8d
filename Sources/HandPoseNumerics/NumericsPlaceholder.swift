internal import CFFTW
internal import CLAPACK

// Replaced by the real FFT and linear-algebra wrappers.
enum NumericsPlaceholder {
    static func touch() -> Int32 { LAPACKE_dlapmr(LAPACK_COL_MAJOR, 1, 0, 0, nil, 1, nil) }
    static func fftw() { fftw_cleanup() }
}
