/// Conversions between entity label encodings: IOB1, IOB2 and BILOU.
public enum EntityLabels {
    /// The prefix (`B`, `I`, `L`, `U`, `E`, `S` or `O`) and type of a label (`B-PER` → (`B`, `PER`)).
    public static func split(_ label: String) -> (prefix: String, type: String) {
        guard label != "O", let dash = label.firstIndex(of: "-") else { return ("O", "") }
        return (String(label[..<dash]), String(label[label.index(after: dash)...]))
    }

    /// BILOU labels for one sentence's labels in IOB1, IOB2 or IOBES, chunked as conlleval chunks them.
    public static func bilou(_ labels: [String]) -> [String] {
        var result = [String](repeating: "O", count: labels.count)
        for chunk in ChunkExtractor.chunks(labels) {
            if chunk.end - chunk.start == 1 {
                result[chunk.start] = "U-\(chunk.type)"
            } else {
                result[chunk.start] = "B-\(chunk.type)"
                for index in (chunk.start + 1)..<(chunk.end - 1) { result[index] = "I-\(chunk.type)" }
                result[chunk.end - 1] = "L-\(chunk.type)"
            }
        }
        return result
    }

    /// IOB2 labels for one sentence's labels in any encoding conlleval reads.
    public static func iob2(_ labels: [String]) -> [String] {
        var result = [String](repeating: "O", count: labels.count)
        for chunk in ChunkExtractor.chunks(labels) {
            result[chunk.start] = "B-\(chunk.type)"
            for index in (chunk.start + 1)..<chunk.end { result[index] = "I-\(chunk.type)" }
        }
        return result
    }
}
