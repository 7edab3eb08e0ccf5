import ParallaxCore

/// The report `parallax compare` makes of `articles`: each analyzed once (undated ones dated from the
/// rest), then reconciled from the analysis documents alone.
func storyReport(_ articles: [Article]) -> StoryReport {
    let story = StoryAnalyzer().analyze(articles)
    return StoryReconciler().reconcile(story.articles, inferredDates: story.inferredDates)
}
