import Foundation

/// Runs Recognizers-Text DateTime spec files against Parallax's time recognizer.
/// (Placeholder until implemented: every case counts as skipped.)
public enum DateTimeSpecEvaluator {
    /// Scores the cases of one DateTime spec file (`data` is the file's JSON).
    public static func evaluate(_ data: Data, file: String) throws -> SpecScore {
        let cases = try JSONSerialization.jsonObject(with: data) as? [Any] ?? []
        return SpecScore(file: file, skipped: cases.count)
    }
}
