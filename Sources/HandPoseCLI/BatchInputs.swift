import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HandPoseCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The recordings named on the command line: files as given, directories expanded to their
/// `*.csv` files (recursively, sorted).
enum BatchInputs {
    static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        for input in inputs {
            guard FileManager.default.directoryExists(atPath: input) else {
                files.append(input)
                continue
            }
            let found = subpaths(of: input)
                .filter { $0.lowercased().hasSuffix(".csv") }
                .sorted()
                .map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
            guard !found.isEmpty else { throw ValidationError("\(input) holds no .csv recording") }
            files += found
        }
        return files
    }

    /// Every entry under `directory`, as a path relative to it, descending into subdirectories:
    /// what Foundation's `FileManager.enumerator(atPath:)` yields. Like it, this does not follow
    /// symbolic links to directories (not even for `directory` itself) and skips a directory that
    /// cannot be listed, where `subpathsOfDirectory(atPath:)` would stop with an error.
    static func subpaths(of directory: String) -> [String] {
        guard isRealDirectory(directory), let names = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return [] }
        var result: [String] = []
        for name in names {
            result.append(name)
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            result += subpaths(of: path).map { name + "/" + $0 }
        }
        return result
    }

    /// Whether `path` is a directory itself, not a symbolic link to one (trailing slashes ignored, as
    /// the enumerator ignores them: `link/` is still the link).
    private static func isRealDirectory(_ path: String) -> Bool {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        var status = stat()
        return lstat(String(trimmed), &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
