import Dispatch
import ParallaxCore
import Synchronization

/// The article-body extraction metric of the article-extraction benchmark (`extract_eval.py`).
///
/// Tokens are runs of word characters (letters, numbers, `_`, as Python's `\w`); each text becomes the
/// multiset of its 4-token shingles (one shorter shingle when it has fewer than four tokens). Per page,
/// true/false positives and false negatives are counted over shingles; precision is averaged over
/// pages with a non-empty prediction, recall over pages with a non-empty truth, and F1 is computed from
/// the two means.
public enum ExtractionScorer {
    /// One page's precision and recall (`nil` where undefined), and whether its tokens match exactly.
    public struct PageScore: Sendable, Hashable {
        /// tp / (tp + fp), nil when the prediction has no shingle.
        public var precision: Double?
        /// tp / (tp + fn), nil when the truth has no shingle.
        public var recall: Double?
        /// Whether the token sequences are equal.
        public var exact: Bool
    }

    /// Scores predictions against the truth, both keyed by page id; a page missing from `predictions`
    /// counts as an empty prediction.
    public static func score(truth: [String: String], predictions: [String: String]) -> ExtractionScore {
        // Pages are scored on every core; the means are summed in one fixed order, so the figures do
        // not depend on the thread schedule.
        let pages = truth.keys.sorted()
        let table = Mutex<[PageScore?]>(Array(repeating: nil, count: pages.count))
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = score(truth: truth[pages[index]] ?? "", prediction: predictions[pages[index]] ?? "")
            table.withLock { $0[index] = page }
        }
        let scores = table.withLock { $0 }.compactMap { $0 }
        var precisions: [Double] = []
        var recalls: [Double] = []
        var exact = 0
        for page in scores {
            if let p = page.precision { precisions.append(p) }
            if let r = page.recall { recalls.append(r) }
            if page.exact { exact += 1 }
        }
        let p = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        return ExtractionScore(
            pages: truth.count, precision: p, recall: r, f1: f1, exact: truth.isEmpty ? 0 : Double(exact) / Double(truth.count))
    }

    /// One page's score.
    public static func score(truth: String, prediction: String) -> PageScore {
        let truthTokens = tokens(truth)
        let predictedTokens = tokens(prediction)
        // Tokens become small integers (equal text, equal id), so a shingle is four integers rather
        // than a joined string.
        var ids: [Substring: Int32] = [:]
        func identified(_ tokens: [Substring]) -> [Int32] {
            tokens.map { token in
                if let id = ids[token] { return id }
                let id = Int32(ids.count)
                ids[token] = id
                return id
            }
        }
        let truthIDs = identified(truthTokens)
        let predictedIDs = identified(predictedTokens)
        var expected = shingles(truthIDs)
        var tp = 0
        var fp = 0
        for (shingle, count) in shingles(predictedIDs) {
            let available = expected[shingle] ?? 0
            let matched = min(available, count)
            tp += matched
            fp += count - matched
            if available > 0 { expected[shingle] = available - matched }
        }
        let fn = expected.values.reduce(0, +)
        let perfect = fp == 0 && fn == 0
        return PageScore(
            precision: tp + fp > 0 ? (perfect ? 1 : Double(tp) / Double(tp + fp)) : nil,
            recall: tp + fn > 0 ? (perfect ? 1 : Double(tp) / Double(tp + fn)) : nil,
            exact: truthIDs == predictedIDs)
    }

    /// The word-character runs of a text.
    public static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let isWord = isWordScalar(scalars[index])
            if isWord, start == nil { start = index }
            if !isWord, let s = start {
                result.append(text[s..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(text[s...]) }
        return result
    }

    /// Whether a scalar is a word character in Python's Unicode `\w` sense.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Up to four token ids in a row; unused places are -1 (a text of fewer than four tokens is one
    /// shorter shingle).
    struct Shingle: Hashable {
        var first: Int32, second: Int32, third: Int32, fourth: Int32
    }

    /// The multiset of 4-token shingles of a text's token ids.
    static func shingles(_ tokens: [Int32]) -> [Shingle: Int] {
        guard !tokens.isEmpty else { return [:] }
        var counts: [Shingle: Int] = [:]
        counts.reserveCapacity(tokens.count)
        let n = 4
        func at(_ index: Int) -> Int32 { index < tokens.count ? tokens[index] : -1 }
        for i in 0..<max(1, tokens.count - n + 1) {
            counts[Shingle(first: tokens[i], second: at(i + 1), third: at(i + 2), fourth: at(i + 3)), default: 0] += 1
        }
        return counts
    }
}
