// `swift run -c release fft-throughput [--lengths 120,240,2048,32768] [--runs 15] [--milliseconds 20]`
// `swift run -c release fft-throughput --plan N`
//
// RealFFT with cached plans: nanoseconds per forward transform (`forward(_:real:imaginary:)`), per
// power spectrum (`addPowerSpectrum`, what Welch runs) and per inverse, for each length; each figure
// is the median and the minimum over `--runs` timed loops of about `--milliseconds` each, the
// lengths and operations interleaved within a run so a busy machine slows all of them alike.
// `--plan N` prints the microseconds of the first `RealFFT(count: N)` of the process (planning
// included) and of a first inverse, for cold-process planning figures (run it many times).
import Foundation
import HandPoseNumerics

var lengths = [120, 240, 2048, 32768], runs = 15, milliseconds = 20.0
var planLength: Int?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--lengths": lengths = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--milliseconds": milliseconds = Double(arguments.next() ?? "") ?? milliseconds
    case "--plan": planLength = Int(arguments.next() ?? "")
    default: fatalError("unknown argument \(argument); use --lengths N,N --runs N --milliseconds T or --plan N")
    }
}

let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

if let n = planLength {
    var fft: RealFFT?
    let forward = clock.measure { fft = RealFFT(count: n) }
    let spectrum = fft!.forward([Double](repeating: 1, count: n))
    let inverse = clock.measure { _ = fft!.inverse(real: spectrum.real, imaginary: spectrum.imaginary) }
    print(String(format: "plan %d forward %.1f us first inverse %.1f us", n, seconds(forward) * 1e6, seconds(inverse) * 1e6))
    exit(0)
}

/// One length's transform, its input and its output buffers.
final class Case {
    let fft: RealFFT
    let input: [Double]
    var real: [Double], imaginary: [Double], power: [Double], output: [Double]
    /// Transforms per timed loop, set so that a loop takes about `milliseconds`.
    var repetitions = 1
    var times: [String: [Double]] = [:]

    init(count: Int) {
        fft = RealFFT(count: count)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count)
        input = (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        real = [Double](repeating: 0, count: fft.spectrumCount)
        imaginary = real
        power = real
        output = input
    }

    func forward() {
        input.withUnsafeBufferPointer { x in
            real.withUnsafeMutableBufferPointer { re in
                imaginary.withUnsafeMutableBufferPointer { im in
                    for _ in 0..<repetitions { fft.forward(x, real: re, imaginary: im) }
                }
            }
        }
    }

    func addPower() {
        input.withUnsafeBufferPointer { x in
            power.withUnsafeMutableBufferPointer { p in
                for _ in 0..<repetitions { fft.addPowerSpectrum(of: x, to: p) }
            }
        }
    }

    func inverse() {
        real.withUnsafeBufferPointer { re in
            imaginary.withUnsafeBufferPointer { im in
                output.withUnsafeMutableBufferPointer { y in
                    for _ in 0..<repetitions { fft.inverse(real: re, imaginary: im, into: y) }
                }
            }
        }
    }
}

let operations: [(String, (Case) -> Void)] = [("forward", { $0.forward() }), ("addPowerSpectrum", { $0.addPower() }), ("inverse", { $0.inverse() })]
let cases = lengths.map(Case.init)
for c in cases {
    c.forward()
    let once = seconds(clock.measure { c.forward() })
    c.repetitions = max(1, Int(milliseconds * 1e-3 / max(once, 1e-9)))
}
for _ in 0..<runs {
    for c in cases {
        for (name, body) in operations {
            let elapsed = seconds(clock.measure { body(c) })
            c.times[name, default: []].append(elapsed / Double(c.repetitions) * 1e9)
        }
    }
}
print("ns per transform, median (min) of \(runs) loops of ~\(Int(milliseconds)) ms")
print("n".padding(toLength: 8, withPad: " ", startingAt: 0) + operations.map { $0.0.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined())
for c in cases {
    var line = String(c.fft.count).padding(toLength: 8, withPad: " ", startingAt: 0)
    for (name, _) in operations {
        let sorted = c.times[name]!.sorted()
        line += String(format: "%.0f (%.0f)", sorted[sorted.count / 2], sorted[0]).padding(toLength: 24, withPad: " ", startingAt: 0)
    }
    print(line)
}
