import Foundation

/// The process's peak resident memory, read from `/proc/self/status` (VmHWM) on Linux.
enum PeakMemory {
    static var description: String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return "unavailable" }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return String(format: "%.1f MB", Double(kilobytes) / 1024)
    }
}
