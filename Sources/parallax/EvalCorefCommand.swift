import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax eval coref`: within-document coreference of people against MEANTIME gold.
///
/// Runs the full analyzer on each document and scores the mentions of its PERSON clusters — names
/// only, names and role descriptions, and every kind with pronouns — against the gold PERSON
/// mentions and instances: mention-pair links, MUC and B³ (see `CorefScorer`), and how many gold
/// pronouns were resolved correctly.
struct EvalCorefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coref",
        abstract: "Score within-document person coreference on MEANTIME (derived_documents.jsonl or its folder)."
    )

    @Argument(help: "A MEANTIME JSON Lines file, or a folder holding derived_documents.jsonl.")
    var path: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let writer = try output.writer()
        var file = path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            file = (path as NSString).appendingPathComponent("derived_documents.jsonl")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("eval coref: cannot read \(file) (expected MEANTIME derived_documents.jsonl)")
        }
        let documents: [MeantimeDocument]
        do {
            documents = try MeantimeReader.documents(jsonLines: data)
        } catch {
            throw CommandFailure("eval coref: \(file): \(error)")
        }
        let analyzer = Analyzer()
        let rows: [(name: String, kinds: Set<MentionKind>)] = [
            ("names", [.name]), ("+descriptions", [.name, .description]), ("+pronouns", Set(MentionKind.allCases)),
        ]
        var scores = [CorefScore](repeating: CorefScore(), count: rows.count)
        var pronounsResolved = 0
        for document in documents {
            let article = Article(
                id: document.id, source: "meantime", published: document.creationDate, text: document.text)
            let analyzed = analyzer.analyze(article)
            for (row, entry) in rows.enumerated() {
                var system: [CorefMention] = []
                for cluster in analyzed.clusters where cluster.type == .person {
                    for mention in cluster.mentions where entry.kinds.contains(mention.kind) {
                        system.append(
                            CorefMention(span: mention.span, entity: String(cluster.id), isPronoun: mention.kind == .pronoun))
                    }
                }
                if row == rows.count - 1 { pronounsResolved += system.filter(\.isPronoun).count }
                scores[row].add(CorefScorer.score(gold: document.people, system: system))
            }
        }
        guard let last = scores.last else { return }
        writer.line(
            "MEANTIME person coreference: \(last.documents) documents, \(last.goldMentions) gold PERSON mentions "
                + "(\(last.goldPronouns) pronouns), \(last.goldLinks) gold links")
        writer.line("mentions             aligned unaligned  pairP  pairR   MUC-P  MUC-R  MUC-F   B3-P   B3-R   B3-F")
        for (row, entry) in rows.enumerated() {
            let s = scores[row]
            let muc = s.muc
            let b3 = s.bcubed
            writer.line(
                String(
                    format: "%@ %7d %9d  %.3f  %.3f   %.3f  %.3f  %.3f   %.3f  %.3f  %.3f",
                    entry.name.padding(toLength: 20, withPad: " ", startingAt: 0),
                    s.alignedSystem, s.unalignedSystem, s.linkPrecision, s.linkRecall, muc.precision, muc.recall, muc.f1,
                    b3.precision, b3.recall, b3.f1))
        }
        writer.line(
            "pronouns: \(pronounsResolved) resolved, \(last.alignedPronouns) aligned to gold mentions, "
                + "\(last.correctPronouns) of the \(last.judgedPronouns) that share a cluster with another aligned "
                + "mention joined the right person (\(last.goldPronouns) gold pronouns)")
        try writer.commit()
    }
}
