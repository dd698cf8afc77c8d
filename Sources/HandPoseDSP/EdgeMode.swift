/// How a sliding-window filter extends a signal beyond its first and last samples, with the
/// semantics of `scipy.signal.savgol_filter(mode=…)` and `scipy.ndimage.convolve1d(mode=…)`.
///
/// For the input `a b c d` (and constant `k`), the samples a window sees past each end are:
///
/// | mode            | scipy name   | left extension | signal    | right extension |
/// |-----------------|--------------|----------------|-----------|-----------------|
/// | `.interpolate`  | `'interp'`   | (none: edge fit, see below) | `a b c d` | (none)  |
/// | `.mirror`       | `'mirror'`   | `… d c b`      | `a b c d` | `c b a …`       |
/// | `.nearest`      | `'nearest'`  | `… a a a`      | `a b c d` | `d d d …`       |
/// | `.constant(k)`  | `'constant'` | `… k k k`      | `a b c d` | `k k k …`       |
/// | `.wrap`         | `'wrap'`     | `… b c d`      | `a b c d` | `a b c …`       |
///
/// `.mirror` reflects about the end sample without repeating it (ndimage's `'mirror'`; ndimage's
/// `'reflect'`, `d c b a | a b c d | d c b a`, repeats it and is what ``MovingAverageFilter`` uses).
/// Extensions longer than the signal continue periodically, exactly as ndimage does (mirror with
/// period `2(n − 1)`, wrap with period `n`), so every mode but `.interpolate` accepts any length ≥ 1.
///
/// `.interpolate` does not extend the signal: the outputs within half a window of either end are
/// the value (or derivative) at that sample of the least-squares polynomial fitted to the first
/// (last) `window` samples. It needs at least `window` samples and reproduces every polynomial
/// up to the fit's order exactly, ends included.
public enum EdgeMode: Hashable, Sendable {
    /// Polynomial fit to the first and last window (scipy `'interp'`, the default).
    case interpolate
    /// Reflect about the end sample, without repeating it: `d c b | a b c d | c b a`.
    case mirror
    /// Repeat the end sample: `a a a | a b c d | d d d`.
    case nearest
    /// Pad with a constant (scipy's `cval`): `k k k | a b c d | k k k`.
    case constant(Double)
    /// Periodic continuation: `b c d | a b c d | a b c`.
    case wrap

    /// The scipy spelling (`interp`, `mirror`, `nearest`, `constant`, `wrap`).
    public var name: String {
        switch self {
        case .interpolate: "interp"
        case .mirror: "mirror"
        case .nearest: "nearest"
        case .constant: "constant"
        case .wrap: "wrap"
        }
    }
}
