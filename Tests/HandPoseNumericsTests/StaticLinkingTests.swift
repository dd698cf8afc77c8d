#if os(Linux)
import Foundation
import Testing
import HandPoseNumerics

/// The C libraries come from their static archives (the module maps of `CFFTW`, `CLAPACK` and
/// `CSQLite`): a shared library costs every process its symbol binding at start-up (README,
/// "Speed"). This test process links the same module maps as the executable, so a shared FFTW,
/// LAPACK, BLAS, Fortran runtime or SQLite would be mapped here.
@Suite("C libraries linked statically")
struct StaticLinkingTests {
    /// The files of the shared objects mapped into this process.
    private func mappedSharedObjects() throws -> [String] {
        // Read to the end: procfs files report a size of 0, which `String(contentsOfFile:)` trusts.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
        defer { try? handle.close() }
        let maps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        return maps.split(separator: "\n").compactMap { line in
            guard let path = line.split(separator: " ", omittingEmptySubsequences: true).last,
                path.hasPrefix("/"), path.contains(".so")
            else { return nil }
            return String(path)
        }
    }

    @Test("after an FFT and an eigen solve, no shared FFTW, LAPACK, BLAS, gfortran or SQLite is mapped")
    func noSharedCLibraries() throws {
        let spectrum = RealFFT(count: 64).powerSpectrum(of: (0..<64).map { sin(Double($0)) })
        #expect(spectrum.count == 33)
        let eigen = try LinearAlgebra.symmetricEigen(Matrix(rows: 2, columns: 2, elements: [2, 1, 1, 2]))
        #expect(abs(eigen.eigenvalues[0] - 1) < 1e-12 && abs(eigen.eigenvalues[1] - 3) < 1e-12)

        let objects = try mappedSharedObjects()
        #expect(objects.contains { $0.contains("/libc.so") }, "the maps were not read: \(objects)")
        for library in ["libfftw3", "liblapack", "libblas", "libopenblas", "libgfortran", "libquadmath", "libsqlite3"] {
            let mapped = objects.filter { ($0.split(separator: "/").last ?? "").hasPrefix(library) }
            #expect(mapped.isEmpty, "\(library) is mapped as a shared library: \(mapped)")
        }
    }
}
#endif
