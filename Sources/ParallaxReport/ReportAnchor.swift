import ParallaxCore

/// A place in an article that a story report refers to — a fact's value, a quotation, a date — with
/// the id of the report element that holds it, so an article view can link each marked span to its
/// fact (`/stories/7#f3`) and the report can link back.
public struct ReportAnchor: Sendable, Hashable {
    /// The span in the article text, in Unicode scalars.
    public let start: Int
    /// The end of the span (exclusive).
    public let end: Int
    /// The element id in the report page (`f3`, `q2`, `t5`).
    public let id: String
    /// A one-line description for a tooltip: `f3 · number of people killed (conflict)`.
    public let label: String
    /// What the report element is.
    public let kind: Kind
    /// The id of the report section that lists it (`conflicts`, `facts`, `single-source`, `quotes`,
    /// `timeline`).
    public let section: String

    /// The kinds of report element an article span can belong to.
    public enum Kind: Sendable, Hashable {
        /// A fact's value (`f3`).
        case fact
        /// A quotation group (`q2`).
        case quote
        /// A timeline date (`t5`).
        case date
    }

    /// The report element id of the quotation group at `index` in `StoryReport.quotes`.
    public static func quote(_ index: Int) -> String { "q\(index + 1)" }
    /// The report element id of the timeline entry at `index` in `StoryReport.timeline`.
    public static func date(_ index: Int) -> String { "t\(index + 1)" }
    /// The report element id of the actor at `index` in `StoryReport.actors`.
    public static func actor(_ index: Int) -> String { "actor\(index + 1)" }

    /// How many items section `id` of `report` lists (what decides whether a served story page shows
    /// them all or links to the page that does).
    public static func count(of section: String, in report: StoryReport) -> Int {
        switch section {
        case "conflicts": report.conflicts.count
        case "single-source": report.singleSourceFacts.count
        case "facts": report.facts.count - report.conflicts.count - report.singleSourceFacts.count
        case "quotes": report.quotes.count
        case "timeline": report.timeline.count
        case "claims": report.facts.count
        case "actors": report.actors.count
        case "sources": report.articles.count
        default: 0
        }
    }

    /// Every place in article `article` that `report` refers to: facts first, then quotations, then
    /// dates, so that where two overlap the fact wins.
    public static func all(in report: StoryReport, article: String) -> [ReportAnchor] {
        var anchors: [ReportAnchor] = []
        for fact in report.facts {
            for value in fact.values where value.reference.article == article {
                anchors.append(
                    ReportAnchor(
                        start: value.reference.start, end: value.reference.end, id: fact.id,
                        label: "\(fact.id) · \(fact.description) (\(fact.verdict.rawValue))", kind: .fact,
                        section: fact.verdict == .conflict ? "conflicts" : fact.verdict == .singleSource ? "single-source" : "facts"))
            }
        }
        for (index, group) in report.quotes.enumerated() {
            let outlets = Set(group.variants.map(\.reference.source)).count
            for variant in group.variants where variant.reference.article == article {
                anchors.append(
                    ReportAnchor(
                        start: variant.reference.start, end: variant.reference.end, id: quote(index),
                        label: "\(quote(index)) · \(group.speaker ?? "unknown speaker"), \(outlets) outlet\(outlets == 1 ? "" : "s") (\(group.verdict.rawValue))", kind: .quote, section: "quotes"))
            }
        }
        for (index, entry) in report.timeline.enumerated() {
            for mention in entry.mentions where mention.article == article {
                anchors.append(ReportAnchor(start: mention.start, end: mention.end, id: date(index), label: "\(date(index)) · \(entry.value)", kind: .date, section: "timeline"))
            }
        }
        return anchors
    }
}
