import Foundation
import ParallaxCore

/// How an analysis document is stored: JSON of `StoredAnalysis` (the `AnalyzedArticle` layers, tokens as
/// columns), deflated, tagged with its format name so that a later, more compact encoding can sit beside rows
/// written with this one.
public enum AnalysisCodec {
    /// The format name written with each document.
    public static let format = "analysis-json-deflate@2"

    /// JSON with open bounds ("more than 40": an infinite upper end) written as strings.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// The reader of `encoder`'s JSON.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// The stored bytes of `analysis`.
    public static func encode(_ analysis: AnalyzedArticle) throws(StoreError) -> [UInt8] {
        do {
            guard let bytes = Deflate.compress([UInt8](try encoder.encode(StoredAnalysis(analysis)))) else {
                throw StoreError.damagedRecord(path: "-", what: "analysis of \(analysis.article.id) (cannot compress)")
            }
            return bytes
        } catch {
            throw StoreError.damagedRecord(path: "-", what: "analysis of \(analysis.article.id) (cannot encode: \(error))")
        }
    }

    /// The stored bytes of a clustering state: its JSON, deflated.
    public static func encode(_ clusterer: StoryClusterer) throws(StoreError) -> [UInt8] {
        guard let json = try? JSONEncoder().encode(clusterer), let bytes = Deflate.compress([UInt8](json)) else {
            throw StoreError.damagedRecord(path: "-", what: "clustering state (cannot encode)")
        }
        return bytes
    }

    /// A story profile as the work queue keeps it between a worker's analysis and the clustering step:
    /// its JSON, deflated.
    public static func encode(_ profile: StoryProfile) throws(StoreError) -> [UInt8] {
        guard let json = try? JSONEncoder().encode(profile), let bytes = Deflate.compress([UInt8](json)) else {
            throw StoreError.damagedRecord(path: "-", what: "story profile (cannot encode)")
        }
        return bytes
    }

    /// The story profile stored as `bytes`.
    public static func decodeProfile(_ bytes: [UInt8], store: String) throws(StoreError) -> StoryProfile {
        guard let json = Deflate.decompress(bytes), let profile = try? JSONDecoder().decode(StoryProfile.self, from: Data(json)) else {
            throw StoreError.damagedRecord(path: store, what: "queued story profile")
        }
        return profile
    }

    /// The clustering state stored as `bytes`.
    public static func decodeClusterer(_ bytes: [UInt8], store: String) throws(StoreError) -> StoryClusterer {
        guard let json = Deflate.decompress(bytes), let clusterer = try? JSONDecoder().decode(StoryClusterer.self, from: Data(json)) else {
            throw StoreError.damagedRecord(path: store, what: "clustering state")
        }
        return clusterer
    }

    /// The format name of an analysis kept as plain JSON (the same JSON, not deflated) by a store
    /// whose database compresses on its own — PostgreSQL's JSONB.
    public static let jsonFormat = "analysis-json@2"

    /// The JSON inside `bytes` stored in `format` (nil when the bytes are not of that format).
    public static func json(_ bytes: [UInt8], format: String) -> [UInt8]? {
        guard format == Self.format else { return nil }
        return Deflate.decompress(bytes)
    }

    /// The analysis in `json` (of `jsonFormat`).
    public static func decodeJSON(_ json: Data, store: String) throws(StoreError) -> AnalyzedArticle {
        guard let stored = try? decoder.decode(StoredAnalysis.self, from: json), let analysis = stored.analysis else {
            throw StoreError.damagedRecord(path: store, what: "analysis (format \(jsonFormat))")
        }
        return analysis
    }

    /// The analysis stored as `bytes` in `format`.
    public static func decode(_ bytes: Data, format: String, store: String) throws(StoreError) -> AnalyzedArticle {
        guard format == Self.format, let json = Deflate.decompress([UInt8](bytes)),
            let stored = try? decoder.decode(StoredAnalysis.self, from: Data(json)), let analysis = stored.analysis
        else {
            throw StoreError.damagedRecord(path: store, what: "analysis (format \(format))")
        }
        return analysis
    }
}
