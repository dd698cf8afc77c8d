// `swift run -c release filter-throughput [--channels 126] [--samples 36000] [--runs 3] [--only TEXT] [--one-core]`
//
// Every filter of FilterCatalog on a 10-minute, 60 fps, two-hand recording (126 channels × 36 000
// samples): millions of samples (or particle updates) per second on one core, best of N runs, and
// the same work spread over all cores. `--only` keeps the filters whose name contains TEXT;
// `--one-core` skips the all-cores figure (a full run takes minutes on a busy machine).
import Dispatch
import FilterFixtures
import Foundation
import HandPoseDSP

var channelCount = 126, sampleCount = 36_000, runs = 3
var only: String?, oneCoreOnly = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--channels": channelCount = Int(arguments.next() ?? "") ?? channelCount
    case "--samples": sampleCount = Int(arguments.next() ?? "") ?? sampleCount
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--only": only = arguments.next()
    case "--one-core": oneCoreOnly = true
    default: fatalError("unknown argument \(argument); use --channels N --samples N --runs N --only TEXT --one-core")
    }
}

let channels = SyntheticChannels.make(count: channelCount, samples: sampleCount)
let clock = ContinuousClock()
let cores = ProcessInfo.processInfo.activeProcessorCount

/// Best wall time over `runs` of `body`, in seconds.
@MainActor func best(_ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return fastest
}

print("\(channelCount) channels × \(sampleCount) samples at 60 Hz, best of \(runs); \(cores) cores")
print("method".padding(toLength: 48, withPad: " ", startingAt: 0) + "one core (M/s)   all cores (M/s)   unit")
for entry in try FilterCatalog.entries() where only.map(entry.name.contains) ?? true {
    var output = [Double](repeating: 0, count: sampleCount)
    let serial = best {
        for channel in channels {
            channel.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { entry.filter.apply(input, into: $0) }
            }
        }
    }
    let parallel = oneCoreOnly ? .nan : best {
        DispatchQueue.concurrentPerform(iterations: channels.count) { index in
            _ = entry.filter.apply(channels[index])
        }
    }
    let units = Double(channelCount * sampleCount * entry.unitsPerSample) / 1e6
    let oneCore = String(format: "%14.1f", units / serial), allCores = String(format: "%18.1f", units / parallel)
    print(entry.name.padding(toLength: 48, withPad: " ", startingAt: 0) + oneCore + allCores + "   \(entry.unit)")
}
