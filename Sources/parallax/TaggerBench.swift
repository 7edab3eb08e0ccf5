import Foundation
import ParallaxCore
import ParallaxEvaluation

/// `parallax bench --tagger`: tokenize + sentences + POS + NER throughput, and model load time.
enum TaggerBench {
    /// Writes words/s of the statistical entity pipeline over `texts`, `rounds` times, to `writer`.
    static func run(texts: [String], words: Int, rounds: Int, to writer: ReportWriter) throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let recognizer: PerceptronEntityRecognizer
        do {
            recognizer = try PerceptronEntityRecognizer()
        } catch {
            throw CommandFailure("\(error)")
        }
        let load = clock.now - loadStart
        var mentions = 0
        let start = clock.now
        for _ in 0..<rounds {
            for text in texts { mentions += recognizer.mentions(in: TokenizedText(text)).count }
        }
        let elapsed = clock.now - start
        let seconds = (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18) / Double(rounds)
        writer.line(String(
            format: "tagger (tokenize+sentences+POS+NER): %.3f s  %.0f words/s  mentions/run %d  model load %@",
            seconds, Double(words) / seconds, mentions / rounds, "\(load)"))
    }
}
