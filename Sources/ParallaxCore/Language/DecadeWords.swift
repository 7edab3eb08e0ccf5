/// Decades named by their tens in words ("the nineties" → 90), shared by the news date rules and the
/// Recognizers-Text decade rule.
package enum DecadeWords {
    /// The tens a decade word names.
    package static let table: [WordKey: Int] = WordKey.table([
        "tens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
        "eighties": 80, "nineties": 90,
    ])
}
