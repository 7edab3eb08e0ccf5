import Foundation
import ParallaxCore

/// A story's report from the store: the cached one when it was built at the story's current version,
/// else rebuilt from the stored analyses (no article is analyzed again) and cached. A story's version
/// changes only when an article joins or changes or another story merges in, so a report is rebuilt
/// only when its story changed.
public struct StoryReportCache: Sendable {
    /// The store read and written.
    public var store: any CoverageStore
    /// Dating of undated articles from the rest of the story.
    public var storyAnalyzer: StoryAnalyzer
    /// The reconciliation.
    public var reconciler: StoryReconciler

    /// Creates a cache over `store`.
    public init(store: any CoverageStore, storyAnalyzer: StoryAnalyzer = StoryAnalyzer(), reconciler: StoryReconciler = StoryReconciler()) {
        self.store = store
        self.storyAnalyzer = storyAnalyzer
        self.reconciler = reconciler
    }

    /// The report of story `id` (merges followed) and whether it came from the cache.
    public func report(story id: Int) throws(StoreError) -> (story: StoredStory, report: StoryReport, cached: Bool) {
        guard let story = try store.story(id) else { throw StoreError.notFound(what: "story \(id)") }
        if let bytes = try store.cachedReport(story: story.id, version: story.version),
            let report = try? AnalysisCodec.decoder.decode(StoryReport.self, from: Data(bytes))
        {
            return (story, report, true)
        }
        let members = try store.members(of: story.id).filter { !$0.boilerplate }
        let documents = try store.analyses(of: members.map(\.seq))
        let dated = storyAnalyzer.dating(documents)
        let report = reconciler.reconcile(dated.articles, inferredDates: dated.inferredDates)
        if let bytes = try? AnalysisCodec.encoder.encode(report) {
            try store.saveReport(story: story.id, version: story.version, report: [UInt8](bytes))
        }
        return (story, report, false)
    }
}
