/// Splits UTF-8 text into tokens, byte by byte, following news typography.
///
/// The contract every later stage relies on:
/// - Words keep inner hyphens and apostrophes (`one-and-a-half`, `Novo-Ogarevo`, `O'Brien`); the
///   clitics `’s 're 'll 've 'd 'm n't` are split off as `.clitic` tokens (`Moscow` `’s`).
/// - Abbreviations keep their period (`Mr.`, `Jan.`, `No.`, `U.S.`, `a.m.`, single initials `J.`; US
///   state abbreviations and plural titles only when capitalized: `Calif.`, `Sens.`).
/// - Numbers keep decimals and thousands separators (`1,200.5`); digits run together with letters or a
///   hyphenated word form one `.alphanumeric` token (`240bn`, `21st`, `2.5m`, `1990s`, `71-year-old`).
///   A hyphen between two numbers is its own `.punctuation` token (`10` `-` `20`).
/// - `$ £ € ¥ ¢` are `.currency`, `%` is `.percent`, `…` and `...` are `.ellipsis`, `— – --` and a
///   free-standing `-` are `.dash`, runs of `.!?` are one `.terminal` token.
/// - Curly quotes are open or close by shape; straight quotes and `’` by context; `''` is one double mark. An apostrophe inside
///   a word is part of the word.
/// - Unicode spaces (no-break, thin, zero-width) separate tokens like ASCII spaces; U+2028/2029 break lines.
///
/// The scan itself is `TokenizerScan`; this file holds the tables it reads.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes `bytes` (UTF-8).
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            asciiClass.withUnsafeBufferPointer { classes in
                var scan = TokenizerScan(bytes: buffer, classes: classes)
                return scan.run()
            }
        }
    }
}

/// Byte classes for the ASCII range.
enum ByteClass: UInt8 {
    case other, space, newline, letter, digit, wide
}

/// The class of each byte value, read by `TokenizerScan` through a pointer.
private let asciiClass: [ByteClass] = (0..<256).map { value -> ByteClass in
    switch UInt8(value) {
    case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return .space
    case 0x0A: return .newline
    case 0x41...0x5A, 0x61...0x7A: return .letter
    case 0x30...0x39: return .digit
    case 0x80...0xFF: return .wide
    default: return .other
    }
}

/// Lowercase abbreviations that keep their final period, with the month and weekday abbreviations of
/// `MonthName` and `WeekdayName` (`Jan.`, `Sept.`, `Thurs.`).
let abbreviationKeys: Set<UInt64> = {
    let words =
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr",
            "sr", "inc", "corp", "ltd", "co", "vs", "etc", "no", "nos", "adm", "brig", "cmdr", "maj", "pres",
            "supt", "det", "insp", "rev", "hon", "messrs", "dept", "univ", "assn", "bros", "est", "approx", "fig",
            "vol", "pp", "op", "cf", "al", "ave", "blvd", "mt", "ft", "sq", "mln", "bln", "govt", "atty", "ph",
            "e.g", "i.e",
        ] + MonthName.abbreviations + WeekdayName.abbreviations
    return Set(words.map { TokenizerScan.key(Array($0.utf8)[...]) })
}()

/// Abbreviations that keep their final period only when capitalized: US state abbreviations in news
/// style (`Calif.`, `Pa.`) and plural titles (`Sens.`), which would otherwise collide with words (`ill.`, `mass.`).
let capitalizedAbbreviationKeys: Set<UInt64> = {
    let words = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
        "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "sens", "reps", "govs", "gens", "drs", "profs", "lts",
        "cols", "sgts", "mmes",
    ]
    return Set(words.map { TokenizerScan.key(Array($0.utf8)[...]) })
}()
