import ArgumentParser
import Foundation

/// The recordings named on the command line: files as given, directories expanded to their
/// `*.csv` files (recursively, sorted).
enum BatchInputs {
    static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(input)
                continue
            }
            let found = (manager.enumerator(atPath: input)?.compactMap { $0 as? String } ?? [])
                .filter { $0.lowercased().hasSuffix(".csv") }
                .sorted()
                .map { (input as NSString).appendingPathComponent($0) }
            guard !found.isEmpty else { throw ValidationError("\(input) holds no .csv recording") }
            files += found
        }
        return files
    }
}
