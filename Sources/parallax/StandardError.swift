import Foundation

/// Writes progress and diagnostics to standard error, keeping standard output for results.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
