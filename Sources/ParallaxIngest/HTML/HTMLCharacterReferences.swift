/// Decodes HTML character references: numeric (`&#233;`, `&#xE9;`) and the named ones news pages use.
///
/// Unknown names stay as written. Numeric references to NUL, surrogates or beyond U+10FFFF become
/// U+FFFD, and 0x80–0x9F map through windows-1252 as HTML requires. A missing `;` is tolerated for
/// numeric references and, outside attribute values, for names in the table.
public enum HTMLCharacterReferences {
    /// Named references by name (without `&` and `;`).
    public static let named: [String: String] = [
        "amp": "\u{26}",
        "lt": "\u{3C}",
        "gt": "\u{3E}",
        "quot": "\u{22}",
        "apos": "\u{27}",
        "nbsp": "\u{A0}",
        "ensp": "\u{2002}",
        "emsp": "\u{2003}",
        "thinsp": "\u{2009}",
        "zwnj": "\u{200C}",
        "zwj": "\u{200D}",
        "lrm": "\u{200E}",
        "rlm": "\u{200F}",
        "shy": "\u{AD}",
        "mdash": "\u{2014}",
        "ndash": "\u{2013}",
        "minus": "\u{2212}",
        "hellip": "\u{2026}",
        "lsquo": "\u{2018}",
        "rsquo": "\u{2019}",
        "sbquo": "\u{201A}",
        "ldquo": "\u{201C}",
        "rdquo": "\u{201D}",
        "bdquo": "\u{201E}",
        "laquo": "\u{AB}",
        "raquo": "\u{BB}",
        "lsaquo": "\u{2039}",
        "rsaquo": "\u{203A}",
        "prime": "\u{2032}",
        "Prime": "\u{2033}",
        "bull": "\u{2022}",
        "middot": "\u{B7}",
        "copy": "\u{A9}",
        "reg": "\u{AE}",
        "trade": "\u{2122}",
        "deg": "\u{B0}",
        "plusmn": "\u{B1}",
        "times": "\u{D7}",
        "divide": "\u{F7}",
        "frac12": "\u{BD}",
        "frac14": "\u{BC}",
        "frac34": "\u{BE}",
        "sup1": "\u{B9}",
        "sup2": "\u{B2}",
        "sup3": "\u{B3}",
        "micro": "\u{B5}",
        "para": "\u{B6}",
        "sect": "\u{A7}",
        "cent": "\u{A2}",
        "pound": "\u{A3}",
        "yen": "\u{A5}",
        "euro": "\u{20AC}",
        "curren": "\u{A4}",
        "iexcl": "\u{A1}",
        "iquest": "\u{BF}",
        "ordf": "\u{AA}",
        "ordm": "\u{BA}",
        "not": "\u{AC}",
        "macr": "\u{AF}",
        "acute": "\u{B4}",
        "cedil": "\u{B8}",
        "uml": "\u{A8}",
        "brvbar": "\u{A6}",
        "dagger": "\u{2020}",
        "Dagger": "\u{2021}",
        "permil": "\u{2030}",
        "larr": "\u{2190}",
        "rarr": "\u{2192}",
        "uarr": "\u{2191}",
        "darr": "\u{2193}",
        "harr": "\u{2194}",
        "hearts": "\u{2665}",
        "Agrave": "\u{C0}",
        "Aacute": "\u{C1}",
        "Acirc": "\u{C2}",
        "Atilde": "\u{C3}",
        "Auml": "\u{C4}",
        "Aring": "\u{C5}",
        "AElig": "\u{C6}",
        "Ccedil": "\u{C7}",
        "Egrave": "\u{C8}",
        "Eacute": "\u{C9}",
        "Ecirc": "\u{CA}",
        "Euml": "\u{CB}",
        "Igrave": "\u{CC}",
        "Iacute": "\u{CD}",
        "Icirc": "\u{CE}",
        "Iuml": "\u{CF}",
        "ETH": "\u{D0}",
        "Ntilde": "\u{D1}",
        "Ograve": "\u{D2}",
        "Oacute": "\u{D3}",
        "Ocirc": "\u{D4}",
        "Otilde": "\u{D5}",
        "Ouml": "\u{D6}",
        "Oslash": "\u{D8}",
        "Ugrave": "\u{D9}",
        "Uacute": "\u{DA}",
        "Ucirc": "\u{DB}",
        "Uuml": "\u{DC}",
        "Yacute": "\u{DD}",
        "THORN": "\u{DE}",
        "szlig": "\u{DF}",
        "agrave": "\u{E0}",
        "aacute": "\u{E1}",
        "acirc": "\u{E2}",
        "atilde": "\u{E3}",
        "auml": "\u{E4}",
        "aring": "\u{E5}",
        "aelig": "\u{E6}",
        "ccedil": "\u{E7}",
        "egrave": "\u{E8}",
        "eacute": "\u{E9}",
        "ecirc": "\u{EA}",
        "euml": "\u{EB}",
        "igrave": "\u{EC}",
        "iacute": "\u{ED}",
        "icirc": "\u{EE}",
        "iuml": "\u{EF}",
        "eth": "\u{F0}",
        "ntilde": "\u{F1}",
        "ograve": "\u{F2}",
        "oacute": "\u{F3}",
        "ocirc": "\u{F4}",
        "otilde": "\u{F5}",
        "ouml": "\u{F6}",
        "oslash": "\u{F8}",
        "ugrave": "\u{F9}",
        "uacute": "\u{FA}",
        "ucirc": "\u{FB}",
        "uuml": "\u{FC}",
        "yacute": "\u{FD}",
        "thorn": "\u{FE}",
        "yuml": "\u{FF}",
        "Yuml": "\u{178}",
        "OElig": "\u{152}",
        "oelig": "\u{153}",
        "Scaron": "\u{160}",
        "scaron": "\u{161}",
        "Zcaron": "\u{17D}",
        "zcaron": "\u{17E}",
        "fnof": "\u{192}",
        "circ": "\u{2C6}",
        "tilde": "\u{2DC}",
        "Alpha": "\u{391}",
        "Beta": "\u{392}",
        "Gamma": "\u{393}",
        "Delta": "\u{394}",
        "Epsilon": "\u{395}",
        "Omega": "\u{3A9}",
        "alpha": "\u{3B1}",
        "beta": "\u{3B2}",
        "gamma": "\u{3B3}",
        "delta": "\u{3B4}",
        "epsilon": "\u{3B5}",
        "lambda": "\u{3BB}",
        "mu": "\u{3BC}",
        "pi": "\u{3C0}",
        "sigma": "\u{3C3}",
        "omega": "\u{3C9}",
        "infin": "\u{221E}",
        "ne": "\u{2260}",
        "le": "\u{2264}",
        "ge": "\u{2265}",
        "asymp": "\u{2248}",
        "sum": "\u{2211}",
        "radic": "\u{221A}",
        "check": "\u{2713}",
        "starf": "\u{2605}",
        "star": "\u{2606}",
        "rsquor": "\u{2019}",
        "lsquor": "\u{201A}",
        "NewLine": "\u{A}",
        "Tab": "\u{9}",
    ]

    /// Decodes the references in a UTF-8 slice; `inAttribute` applies the attribute-value rule that
    /// `&name` followed by `=` or an alphanumeric is left alone.
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> String {
        guard b.contains(0x26) else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var index = 0
        let count = b.count
        while index < count {
            let byte = b[index]
            guard byte == 0x26, index + 1 < count else {
                out.append(byte)
                index += 1
                continue
            }
            if let (scalar, length) = reference(b, at: index, inAttribute: inAttribute) {
                out.append(contentsOf: scalar.utf8)
                index += length
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the references in a string.
    public static func decode(_ text: String, inAttribute: Bool = false) -> String {
        var text = text
        return text.withUTF8 { decode($0, inAttribute: inAttribute) }
    }

    /// The replacement text and byte length of the reference starting at `&` at `start`.
    static func reference(_ b: UnsafeBufferPointer<UInt8>, at start: Int, inAttribute: Bool) -> (String, Int)? {
        let count = b.count
        var index = start + 1
        if b[index] == 0x23 {  // &#
            index += 1
            var hex = false
            if index < count, b[index] | 0x20 == 0x78 { hex = true; index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < count, index - digitsStart < 8 {
                let c = b[index]
                let digit: UInt32
                if c >= 0x30 && c <= 0x39 { digit = UInt32(c - 0x30) }
                else if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 { digit = UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < count, b[index] == 0x3B { index += 1 }
            return (String(numericScalar(value)), index - start)
        }
        let nameStart = index
        while index < count, index - nameStart < 32, HTMLTokenizer.isASCIILetter(b[index]) || (b[index] >= 0x30 && b[index] <= 0x39) {
            index += 1
        }
        guard index > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<index]), as: UTF8.self)
        if index < count, b[index] == 0x3B {
            guard let value = named[name] else { return nil }
            return (value, index + 1 - start)
        }
        guard !inAttribute, let value = named[name] else { return nil }
        return (value, index - start)
    }

    /// The character a numeric reference stands for.
    static func numericScalar(_ value: UInt32) -> Character {
        if value >= 0x80 && value <= 0x9F, let mapped = Windows1252.scalar(for: UInt8(value)) { return Character(mapped) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }
}
