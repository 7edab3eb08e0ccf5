/// A stretch of text between quotation marks: where its marks are and which tokens it quotes.
struct QuotedPassage: Sendable, Hashable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark; nil when the quotation runs unclosed to the end of its
    /// paragraph (news style for a quotation that goes on in the next paragraph).
    var close: Int?
    /// The quoted tokens, without the marks and without a comma just before the closing mark.
    var content: Range<Int>

    /// Which kind of mark: double quotes and guillemets, or single quotes.
    private enum Family { case double, single }

    /// The outermost quotations of `text`, in order.
    ///
    /// Marks pair by family, so single quotes nested in double quotes stay inside the outer quotation;
    /// a closing single mark with nothing open is an apostrophe (`leaders’`) and is ignored. An
    /// unclosed double quotation ends at the end of its paragraph; an unclosed single one is dropped.
    /// An opening mark touching the word before it while a quotation of its family is open is a
    /// mistyped closing mark (`done,“ he said`).
    static func passages(in text: TokenizedText, words: [String]) -> [QuotedPassage] {
        let tokens = text.tokens
        var passages: [QuotedPassage] = []
        var openIndex: Int?
        var family = Family.double
        var nested = 0

        func finish(close: Int?, end: Int) {
            guard let start = openIndex else { return }
            var last = end
            if last > start + 1, words[last - 1] == "," { last -= 1 }
            if last > start + 1 {
                passages.append(QuotedPassage(open: start, close: close, content: (start + 1)..<last))
            }
            openIndex = nil
            nested = 0
        }

        for index in tokens.indices {
            let token = tokens[index]
            if let start = openIndex, token.gap == .paragraph, index > start {
                if family == .double { finish(close: nil, end: index) }
                openIndex = nil
                nested = 0
            }
            switch token.kind {
            case .openQuote:
                let markFamily = Self.family(of: words[index])
                if openIndex == nil {
                    openIndex = index
                    family = markFamily
                    nested = 0
                } else if markFamily != family {
                    nested += 1
                } else if token.gap == .none, index + 1 == tokens.count || tokens[index + 1].gap != .none {
                    finish(close: index, end: index)
                } else {
                    openIndex = index
                    nested = 0
                }
            case .closeQuote:
                guard openIndex != nil else { continue }
                if Self.family(of: words[index]) == family {
                    finish(close: index, end: index)
                } else if nested > 0 {
                    nested -= 1
                }
            default:
                continue
            }
        }
        if openIndex != nil, family == .double { finish(close: nil, end: tokens.count) }
        return passages
    }

    /// The family of a quotation mark.
    private static func family(of mark: String) -> Family {
        switch mark {
        case "‘", "’", "'", "‚", "‹", "›", "‛": return .single
        default: return .double
        }
    }
}
