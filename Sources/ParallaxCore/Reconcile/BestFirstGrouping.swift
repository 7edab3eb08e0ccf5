/// Groups the values (or quotes) of a story's articles by joining the likeliest pairs first: each
/// ranked pair merges the groups its two members are in when those groups hold no article twice and
/// the caller's test allows the merge. A value so joins the mention of its fact that matches it best
/// in each outlet, not whichever came first in text order.
struct BestFirstGrouping {
    /// The article of each item, by index.
    var articles: [Int]

    /// The groups, as sorted item indices, in order of their first member; `ranked` lists the pairs
    /// to try, likeliest first, and `allowed(a, b)` decides whether groups `a` and `b` (item indices)
    /// may merge.
    func groups(ranked: [(Int, Int)], allowed: ([Int], [Int]) -> Bool) -> [[Int]] {
        var groupOf = Array(articles.indices)
        var members = articles.indices.map { [$0] }
        for (i, j) in ranked {
            let a = groupOf[i]
            let b = groupOf[j]
            guard a != b else { continue }
            let articlesA = Set(members[a].map { articles[$0] })
            guard !members[b].contains(where: { articlesA.contains(articles[$0]) }), allowed(members[a], members[b])
            else { continue }
            for member in members[b] { groupOf[member] = a }
            members[a].append(contentsOf: members[b])
            members[b] = []
        }
        // Items come in article order and, within an article, in text order: index order is both.
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
