import Foundation
import ParallaxCore
import ParallaxEvaluation

/// Reads the unlabelled sentences `parallax train clusters` learns from: CoNLL files (first column
/// only), JSON Lines (every `text` string and every string in a `sentences` array), plain text, and
/// folders of those (files in name order, so the result is reproducible).
enum UnlabelledText {
    /// The tokenized sentences of the file or folder at `path`.
    static func sentences(_ path: String) throws -> [[String]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CommandFailure("cannot read \(path)") }
        if isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return try names.filter { !$0.hasPrefix(".") }.sorted().flatMap { try sentences((path as NSString).appendingPathComponent($0)) }
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read \(path)") }
        let text = String(decoding: data, as: UTF8.self)
        if path.hasSuffix(".jsonl") { return jsonLines(text) }
        if text.hasPrefix("-DOCSTART-") { return conll(text) }
        return tokenized(text)
    }

    /// The first column of a CoNLL file, sentence by sentence.
    static func conll(_ text: String) -> [[String]] {
        var result: [[String]] = []
        var sentence: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let word = line.split(separator: " ").first, !line.hasPrefix("-DOCSTART-") else {
                if !sentence.isEmpty { result.append(sentence) }
                sentence = []
                continue
            }
            sentence.append(String(word))
        }
        if !sentence.isEmpty { result.append(sentence) }
        return result
    }

    /// The sentences of every text string in a JSON Lines file.
    static func jsonLines(_ text: String) -> [[String]] {
        var strings: [String] = []
        func collect(_ value: Any, key: String?) {
            if let string = value as? String, key == "text" || key == "sentences" {
                strings.append(string)
            } else if let object = value as? [String: Any] {
                for name in object.keys.sorted() { if let inner = object[name] { collect(inner, key: name) } }
            } else if let array = value as? [Any] {
                for element in array { collect(element, key: key) }
            }
        }
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else { continue }
            collect(object, key: nil)
        }
        return strings.flatMap(tokenized)
    }

    /// Parallax's own tokens and sentences of a plain text.
    static func tokenized(_ text: String) -> [[String]] {
        let tokenized = TokenizedText(text)
        return tokenized.sentences.map { sentence in sentence.tokens.map(tokenized.text(ofToken:)) }
    }
}
