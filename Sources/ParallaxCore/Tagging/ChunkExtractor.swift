/// Reads chunks from a label sequence with conlleval's rules, so that scores match conlleval exactly.
///
/// Handles IOB1 (`I-` may open a chunk), IOB2, BILOU and IOBES (`L`/`E` end a chunk, `U`/`S` are single
/// tokens). A type change always closes the open chunk and opens a new one.
public enum ChunkExtractor {
    /// The chunks of one sentence's labels, in order.
    public static func chunks(_ labels: [String]) -> [LabeledChunk] {
        var chunks: [LabeledChunk] = []
        var open: (start: Int, type: String)?
        var previous = (prefix: "O", type: "")
        for (index, label) in labels.enumerated() {
            var current = EntityLabels.split(label)
            if current.prefix == "L" { current.prefix = "E" }
            if current.prefix == "U" { current.prefix = "S" }
            if let chunk = open, endsChunk(previous, current) {
                chunks.append(LabeledChunk(start: chunk.start, end: index, type: chunk.type))
                open = nil
            }
            if startsChunk(previous, current) { open = (index, current.type) }
            previous = current
        }
        if let chunk = open { chunks.append(LabeledChunk(start: chunk.start, end: labels.count, type: chunk.type)) }
        return chunks
    }

    /// conlleval's `endOfChunk`, with `S` (single) added as in its IOBES-aware versions.
    static func endsChunk(_ previous: (prefix: String, type: String), _ current: (prefix: String, type: String)) -> Bool {
        switch (previous.prefix, current.prefix) {
        case ("B", "B"), ("B", "O"), ("I", "B"), ("I", "O"), ("E", "E"), ("E", "I"), ("E", "O"),
            ("B", "S"), ("I", "S"), ("E", "B"), ("E", "S"), ("S", _):
            return true
        default:
            return previous.prefix != "O" && previous.type != current.type
        }
    }

    /// conlleval's `startOfChunk`, with `S` (single) added as in its IOBES-aware versions.
    static func startsChunk(_ previous: (prefix: String, type: String), _ current: (prefix: String, type: String)) -> Bool {
        switch (previous.prefix, current.prefix) {
        case (_, "B"), (_, "S"), ("O", "I"), ("O", "E"), ("E", "E"), ("E", "I"), ("S", "I"), ("S", "E"):
            return true
        default:
            return current.prefix != "O" && previous.type != current.type
        }
    }
}
