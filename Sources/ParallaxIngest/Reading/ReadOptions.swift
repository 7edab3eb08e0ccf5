import ParallaxCore

/// How ``ArticleReader`` interprets its inputs.
public struct ReadOptions: Sendable, Hashable {
    /// Take each input's text exactly as given as the body: no header, dateline or title detection,
    /// no trimming, no line-ending or byte-order-mark changes. For evaluation tools whose offsets
    /// point into the text as given. (JSON Lines records still give metadata; their `text` is kept as is.)
    public var raw: Bool
    /// The publication date of articles whose input gives none; an input's own date always wins.
    public var date: CalendarDate?
    /// The layout of every input; `nil` decides by file name (see ``InputFormat/init(fileName:)``).
    public var format: InputFormat?
    /// The largest input, in bytes, read from one file or standard input (default 256 MiB).
    public var maxInputBytes: Int
    /// The largest size, in bytes, one gzip input may decompress to (default 512 MiB).
    public var maxDecompressedBytes: Int
    /// The outlet of articles whose input names none (a fetched page's host); `nil`: the file name.
    public var source: String?
    /// The longest text, in UTF-8 bytes, read as one article; a longer one becomes consecutive parts
    /// (``ArticleSegmenter``) with a warning, so analysis stays linear in the input. Raw mode keeps
    /// texts whole.
    public var maxArticleBytes: Int = ArticleSegmenter.defaultLimit

    /// Creates options; the defaults read headers and datelines, with no fallback date.
    public init(
        raw: Bool = false, date: CalendarDate? = nil, format: InputFormat? = nil,
        maxInputBytes: Int = 256 * 1024 * 1024, maxDecompressedBytes: Int = 512 * 1024 * 1024
    ) {
        self.raw = raw
        self.date = date
        self.format = format
        self.maxInputBytes = maxInputBytes
        self.maxDecompressedBytes = maxDecompressedBytes
    }
}
