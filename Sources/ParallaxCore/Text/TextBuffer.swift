/// An article's text as UTF-8 bytes, with the map between byte offsets and Unicode-scalar offsets.
///
/// The analysis works on bytes for speed; offsets leave Parallax as scalar offsets. The map stores
/// only the positions of multi-byte scalars, so ASCII text costs nothing and each conversion is a
/// binary search.
public struct TextBuffer: Sendable {
    /// The original string.
    public let string: String
    /// Its UTF-8 encoding.
    public let bytes: [UInt8]
    /// Byte offsets at which a multi-byte scalar starts, ascending.
    private let wideStarts: [Int]
    /// For each entry of `wideStarts`, the extra bytes (beyond one per scalar) up to and including that scalar.
    private let extraAfter: [Int]

    /// Creates the buffer for `string`.
    public init(_ string: String) {
        self.string = string
        let bytes = Array(string.utf8)
        self.bytes = bytes
        var starts: [Int] = []
        var extra: [Int] = []
        var total = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            total += width - 1
            starts.append(index)
            extra.append(total)
            index += width
        }
        self.wideStarts = starts
        self.extraAfter = extra
    }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { bytes.count - (extraAfter.last ?? 0) }

    /// The scalar offset of the scalar starting at (or containing) byte offset `byte`.
    public func scalarOffset(ofByte byte: Int) -> Int {
        if wideStarts.isEmpty { return byte }
        // Count wide scalars that start strictly before `byte`.
        var low = 0
        var high = wideStarts.count
        while low < high {
            let mid = (low + high) / 2
            if wideStarts[mid] < byte { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return byte }
        let before = low - 1
        if byte < wideStarts[before] + width(ofWide: before) {  // inside a multi-byte scalar: its own offset
            return scalarIndex(ofWide: before)
        }
        return byte - extraAfter[before]
    }

    /// The byte offset where the scalar at scalar offset `scalar` starts.
    public func byteOffset(ofScalar scalar: Int) -> Int {
        if wideStarts.isEmpty { return scalar }
        // Find the last wide scalar whose scalar offset is below `scalar`.
        var low = 0
        var high = wideStarts.count
        while low < high {
            let mid = (low + high) / 2
            if scalarIndex(ofWide: mid) < scalar { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? scalar : scalar + extraAfter[low - 1]
    }

    /// Byte length of the `index`-th multi-byte scalar.
    private func width(ofWide index: Int) -> Int {
        extraAfter[index] - (index > 0 ? extraAfter[index - 1] : 0) + 1
    }

    /// Scalar offset of the `index`-th multi-byte scalar.
    private func scalarIndex(ofWide index: Int) -> Int {
        wideStarts[index] - (extraAfter[index] - (width(ofWide: index) - 1))
    }

    /// The scalar span of a byte range.
    public func span(bytes range: Range<Int>) -> TextSpan {
        TextSpan(start: scalarOffset(ofByte: range.lowerBound), end: scalarOffset(ofByte: range.upperBound))
    }

    /// The byte range of a scalar span.
    public func byteRange(of span: TextSpan) -> Range<Int> {
        byteOffset(ofScalar: span.start)..<byteOffset(ofScalar: span.end)
    }

    /// The text of a byte range (invalid sequences at the cut are repaired).
    public func text(bytes range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The text of a scalar span.
    public func text(of span: TextSpan) -> String { text(bytes: byteRange(of: span)) }

    /// A span with its text, from a byte range.
    public func spanText(bytes range: Range<Int>) -> SpanText {
        SpanText(span: span(bytes: range), text: text(bytes: range))
    }
}
