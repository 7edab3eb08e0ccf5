import Foundation

/// Runs the built `parallax` executable as a user would, for end-to-end tests.
///
/// The binary is looked for beside the test bundle (SwiftPM puts executables and tests in one build
/// folder, whatever the configuration), then at `.build/debug/parallax` under the package root found
/// from this file's path; `PARALLAX_BINARY` replaces both. Standard input comes from a file and the
/// outputs go to files, so a large output can never block the child on a full pipe.
enum ParallaxProcess {
    /// The package root: three levels above this file (`Tests/parallaxCLITests/ParallaxProcess.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled examples folder, `Examples/` in the package.
    static let examples = packageRoot.appendingPathComponent("Examples")

    /// Where the executable may be, in the order tried: `PARALLAX_BINARY` alone when set; else beside
    /// the test bundle (the `.xctest` bundle's folder on macOS, the test executable's on Linux), then
    /// `.build/debug/parallax`.
    static var candidates: [URL] {
        if let override = ProcessInfo.processInfo.environment["PARALLAX_BINARY"], !override.isEmpty {
            return [URL(fileURLWithPath: override)]
        }
        var folders: [URL] = Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }
            .map { $0.bundleURL.deletingLastPathComponent() }
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        return folders.map { $0.appendingPathComponent("parallax") }
            + [packageRoot.appendingPathComponent(".build/debug/parallax")]
    }

    /// The executable; fails the test with a message that says how to get one when it is missing.
    static func binary() throws(MissingBinary) -> URL {
        let candidates = candidates
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingBinary(tried: candidates.map(\.path))
        }
        return found
    }

    /// Runs `parallax` with `arguments` in `folder` (default: the package root), `input` as standard input.
    static func run(_ arguments: [String], input: [UInt8] = [], in folder: URL? = nil) throws -> ProcessResult {
        let executable = try binary()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-cli-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdin = scratch.appendingPathComponent("stdin")
        let stdout = scratch.appendingPathComponent("stdout")
        let stderr = scratch.appendingPathComponent("stderr")
        try Data(input).write(to: stdin)
        for url in [stdout, stderr] { try Data().write(to: url) }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? packageRoot
        let inputHandle = try FileHandle(forReadingFrom: stdin)
        let outputHandle = try FileHandle(forWritingTo: stdout)
        let errorHandle = try FileHandle(forWritingTo: stderr)
        defer {
            try? inputHandle.close()
            try? outputHandle.close()
            try? errorHandle.close()
        }
        process.standardInput = inputHandle
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }

    /// The `parallax` executable was not found where it was looked for.
    struct MissingBinary: Error, CustomStringConvertible {
        /// The paths looked at.
        var tried: [String]

        /// What is missing and how to fix it, in one line.
        var description: String {
            "the parallax executable is missing (tried \(tried.joined(separator: ", "))); run `swift build` first or set PARALLAX_BINARY"
        }
    }
}
