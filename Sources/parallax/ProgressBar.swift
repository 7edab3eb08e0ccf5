import Foundation
import ParallaxStore

#if canImport(Glibc)
import Glibc
#endif

/// Ingest progress on standard error: a bar redrawn in place on a terminal, a line every few seconds
/// otherwise (logs stay readable).
final class ProgressBar {
    private let enabled: Bool
    private let terminal: Bool
    private var lastLine = 0.0
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
        self.terminal = isatty(2) == 1
    }

    /// Shows `progress`.
    func show(_ progress: IngestProgress) {
        guard enabled, progress.total > 0 else { return }
        let fraction = Double(progress.done) / Double(progress.total)
        let text = String(
            format: "%d/%d articles · %.0f articles/s · %d stories touched", progress.done, progress.total, progress.rate,
            progress.storiesTouched)
        if terminal {
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(text)\u{1B}[K".utf8))
            drawn = true
        } else if progress.seconds - lastLine >= 5 || progress.done == progress.total {
            lastLine = progress.seconds
            StandardError.print("parallax: \(text)")
        }
    }

    /// Ends the bar's line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
