import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite("ArticleReader")
struct ArticleReaderTests {
    let reader = ArticleReader()
    let report = "date 2031-04-17 EASTMERE — The harbour council delayed the ferry contract on Tuesday.\n"

    @Test("reads a plain-text file: header, dateline, body, outlet from the file name")
    func plainTextFile() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write(report, to: "ledger.txt", in: folder)
            let result = reader.read(paths: [path])
            #expect(result.diagnostics.isEmpty)
            let article = try #require(result.articles.first)
            #expect(article.source == "ledger")
            #expect(article.published == CalendarDate(year: 2031, month: 4, day: 17))
            #expect(article.dateline == "EASTMERE")
            #expect(article.text == "The harbour council delayed the ferry contract on Tuesday.")
            #expect(article.title == nil)
            #expect(article.origin == path)
            #expect(article.id == ArticleIdentifier.identifier(for: article.text))
        }
    }

    @Test("the source header wins over the file name")
    func sourceHeader() {
        let result = reader.read(data: Data("source: Eastmere Ledger\nThe pier closed.".utf8), origin: "x/a.txt")
        #expect(result.articles.first?.source == "Eastmere Ledger")
    }

    @Test("derives the outlet from file names without extensions")
    func outletNames() {
        #expect(InputName.outlet(forPath: "news/bbc.txt") == "bbc")
        #expect(InputName.outlet(forPath: "news/reuters.txt.gz") == "reuters")
        #expect(InputName.outlet(forPath: "ledger.example.md") == "ledger.example")
        #expect(InputName.outlet(forPath: "README") == "README")
        #expect(InputName.outlet(forPath: "-") == "stdin")
    }

    @Test("reports a missing file and still reads the others")
    func missingFile() throws {
        try TemporaryFolder.with { folder in
            let good = try TemporaryFolder.write(report, to: "good.txt", in: folder)
            let missing = folder + "/missing.txt"
            let result = reader.read(paths: [missing, good])
            #expect(result.articles.count == 1)
            #expect(result.diagnostics.count == 1)
            #expect(result.diagnostics.first?.description == "parallax: \(missing): no such file or folder")
            #expect(result.hasErrors)
        }
    }

    @Test("reports empty and whitespace-only inputs")
    func emptyInputs() {
        for text in ["", "   \n\t\r\n  "] {
            let result = reader.read(data: Data(text.utf8), origin: "empty.txt")
            #expect(result.articles.isEmpty)
            #expect(result.diagnostics.map(\.message) == [IngestError.emptyText.description])
        }
        let headerOnly = reader.read(data: Data("title: Nothing\n\n".utf8), origin: "h.txt")
        #expect(headerOnly.diagnostics.map(\.message) == [IngestError.noBodyAfterHeader.description])
    }

    @Test("refuses binary content")
    func binary() {
        let withNul = reader.read(data: Data([0x41, 0x42, 0x00, 0x43]), origin: "image.txt")
        #expect(withNul.diagnostics.map(\.message) == [IngestError.binaryContent.description])
        let controls = [UInt8](repeating: 0x01, count: 20) + Array("The pier closed on Tuesday.".utf8)
        #expect(
            reader.read(data: Data(controls), origin: "c.txt").diagnostics.first?.message
                == IngestError.binaryContent.description)
        let fewControls = [UInt8]([0x1B]) + Array("The pier closed on Tuesday, officials said.".utf8)
        #expect(reader.read(data: Data(fewControls), origin: "c.txt").articles.count == 1)
    }

    @Test("repairs invalid UTF-8 with a warning")
    func invalidUTF8() throws {
        let bytes =
            Array("The caf".utf8) + [0xE9] + Array(" reopened, and the ".utf8) + [0xFF, 0xFE] + Array("bar too.".utf8)
        let result = reader.read(data: Data(bytes), origin: "cafe.txt")
        let article = try #require(result.articles.first)
        #expect(article.text == "The caf\u{FFFD} reopened, and the \u{FFFD}\u{FFFD}bar too.")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.message == "invalid UTF-8 repaired (3 bytes)")
        #expect(
            result.diagnostics.first?.description == "parallax: cafe.txt: warning: invalid UTF-8 repaired (3 bytes)")
        #expect(!result.hasErrors)
    }

    @Test("a huge text becomes consecutive parts, with one warning; a JSON Lines record too")
    func hugeText() throws {
        let sentence = "The harbour council delayed the ferry contract on Tuesday after a late bid. "
        let paragraph = String(repeating: sentence, count: 20).trimmingCharacters(in: .whitespaces)
        let body = Array(repeating: paragraph, count: 400).joined(separator: "\n\n")
        var options = ReadOptions()
        options.maxArticleBytes = 100_000
        let result = reader.read(data: Data(("date 2031-04-17\n\n" + body).utf8), origin: "long.txt", options: options)
        #expect(result.articles.count >= 7)
        #expect(result.articles.allSatisfy { $0.text.utf8.count <= 100_000 })
        #expect(result.articles.map(\.text).joined() == body)
        #expect(result.articles.allSatisfy { $0.published == CalendarDate(year: 2031, month: 4, day: 17) })
        #expect(result.diagnostics.count == 1)
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("a text of 594.1 KiB is analyzed as \(result.articles.count) parts of at most 97.7 KiB"))
        #expect(!result.hasErrors)

        let line = "{\"id\": \"big\", \"text\": \"\(String(repeating: sentence, count: 3_000))\"}\n{\"id\": \"small\", \"text\": \"\(sentence)\"}\n"
        let lines = reader.read(data: Data(line.utf8), origin: "feed.jsonl", options: options)
        #expect(lines.articles.map(\.id) == ["big#1", "big#2", "big#3", "small"])
        #expect(lines.diagnostics.count == 1)
    }

    @Test("strips a UTF-8 byte-order mark, except in raw mode")
    func byteOrderMark() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("date 2031-04-17 The pier closed.".utf8)
        let article = reader.read(data: Data(bytes), origin: "bom.txt").articles.first
        #expect(article?.text == "The pier closed.")
        #expect(article?.published == CalendarDate(year: 2031, month: 4, day: 17))
        let raw = reader.read(data: Data(bytes), origin: "bom.txt", options: ReadOptions(raw: true)).articles.first
        #expect(raw?.text == "\u{FEFF}date 2031-04-17 The pier closed.")
    }

    @Test("reads UTF-16 text that starts with a byte-order mark")
    func utf16() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Snow closed the pass — again.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = reader.read(data: Data(bytes), origin: "u16.txt")
        #expect(result.articles.first?.text == "Snow closed the pass — again.")
        #expect(result.diagnostics.isEmpty)
    }

    @Test("refuses a file over the size cap")
    func sizeCap() throws {
        try TemporaryFolder.with { folder in
            let big = try TemporaryFolder.write(
                String(repeating: "The pier closed. ", count: 100), to: "big.txt", in: folder)
            let small = try TemporaryFolder.write(report, to: "small.txt", in: folder)
            let options = ReadOptions(maxInputBytes: 1000)
            let result = reader.read(paths: [big, small], options: options)
            #expect(result.articles.map(\.origin) == [small])
            #expect(result.diagnostics.map(\.message) == [IngestError.tooLarge(limit: 1000).description])
            #expect(result.diagnostics.first?.description.contains("1000 bytes") == true)
            #expect(reader.read(paths: [big], options: ReadOptions(maxInputBytes: 1700)).articles.count == 1)
        }
    }

    @Test("caps the decompressed size of gzip input")
    func decompressedCap() {
        let result = reader.read(
            data: Data(GzipFixtures.dynamic), origin: "ledger.txt.gz", options: ReadOptions(maxDecompressedBytes: 2000))
        #expect(result.diagnostics.map(\.message) == [GzipError.outputTooLarge(limit: 2000).description])
    }

    @Test("reads gzip by extension and by signature")
    func gzipInput() throws {
        try TemporaryFolder.with { folder in
            let named = try TemporaryFolder.write(GzipFixtures.dynamic, to: "ledger.txt.gz", in: folder)
            let unnamed = try TemporaryFolder.write(GzipFixtures.fixed, to: "observatory.dat", in: folder)
            let result = reader.read(paths: [named, unnamed])
            #expect(result.diagnostics.isEmpty)
            #expect(result.articles.count == 2)
            let ledger = try #require(result.articles.first)
            #expect(ledger.source == "Eastmere Ledger")
            #expect(ledger.title == "Harbour council delays ferry contract after tense night session")
            #expect(ledger.published == CalendarDate(year: 2031, month: 4, day: 17))
            #expect(ledger.dateline == "EASTMERE")
            #expect(ledger.text.hasPrefix("The Eastmere harbour council voted seven to four"))
            #expect(result.articles.last?.source == "observatory")
            #expect(result.articles.last?.text == "Quiet week at the observatory: volunteers counted 212 meteors.")
        }
    }

    @Test("reports truncated and corrupt gzip files")
    func badGzip() throws {
        try TemporaryFolder.with { folder in
            let truncated = try TemporaryFolder.write(
                Array(GzipFixtures.dynamic.prefix(500)), to: "cut.txt.gz", in: folder)
            var damaged = GzipFixtures.dynamic
            damaged[damaged.count - 6] ^= 0x10
            let corrupt = try TemporaryFolder.write(damaged, to: "bad.txt.gz", in: folder)
            let notGzip = try TemporaryFolder.write("The pier closed.", to: "plain.txt.gz", in: folder)
            let result = reader.read(paths: [truncated, corrupt, notGzip])
            #expect(result.articles.isEmpty)
            #expect(result.diagnostics.map(\.origin) == [truncated, corrupt, notGzip])
            #expect(result.diagnostics[0].message == GzipError.truncated.description)
            #expect(result.diagnostics[1].message.contains("CRC32 mismatch"))
            #expect(result.diagnostics[2].message == GzipError.notGzip.description)
        }
    }

    @Test("scans folders recursively in sorted order: text, JSON Lines, HTML and feed files; hidden and unknown files skipped")
    func folderRecursion() throws {
        try TemporaryFolder.with { folder in
            try TemporaryFolder.write("Report from b.", to: "b.txt", in: folder)
            try TemporaryFolder.write("Report from a.", to: "a.md", in: folder)
            try TemporaryFolder.write("Report from nested.", to: "sub/deeper/c.text", in: folder)
            try TemporaryFolder.write(#"{"text":"Report from lines."}"#, to: "sub/d.jsonl", in: folder)
            try TemporaryFolder.write(GzipFixtures.fixed, to: "sub/e.txt.gz", in: folder)
            try TemporaryFolder.write("Hidden report.", to: ".hidden.txt", in: folder)
            try TemporaryFolder.write("Hidden folder report.", to: ".git/f.txt", in: folder)
            try TemporaryFolder.write("<html><body><article><p>Report from the page.</p></article></body></html>", to: "page.html", in: folder)
            try TemporaryFolder.write(FeedFixtures.rss, to: "wire.rss", in: folder)
            try TemporaryFolder.write([0x00, 0x01], to: "image.png", in: folder)
            try TemporaryFolder.write("id,text\n1,Report from a table.", to: "table.csv", in: folder)
            let result = reader.read(paths: [folder + "/"])
            #expect(result.diagnostics.map(\.origin) == [folder + "/wire.rss"])  // its item without text
            #expect(
                result.articles.map(\.text) == [
                    "Report from a.", "Report from b.", "Report from the page.", "Report from lines.", "Report from nested.",
                    "Quiet week at the observatory: volunteers counted 212 meteors.",
                    FeedFixtures.firstItemText, FeedFixtures.secondItemText,
                ])
            #expect(result.articles.first?.origin == folder + "/a.md")
        }
    }

    @Test("warns about a folder with no article files")
    func emptyFolder() throws {
        try TemporaryFolder.with { folder in
            try TemporaryFolder.write([0x00, 0x01], to: "image.png", in: folder)
            try TemporaryFolder.write("id,text", to: "table.csv", in: folder)
            let result = reader.read(paths: [folder])
            #expect(result.articles.isEmpty)
            #expect(result.diagnostics.map(\.severity) == [.warning])
        }
    }

    @Test("reads a file named explicitly whatever its extension")
    func explicitFile() throws {
        try TemporaryFolder.with { folder in
            let path = try TemporaryFolder.write("The pier closed.", to: "notes.html", in: folder)
            let result = reader.read(paths: [path])
            #expect(result.articles.first?.text == "The pier closed.")
            #expect(result.articles.first?.source == "notes")
        }
    }

    @Test("reads JSON Lines files by extension, including gzip")
    func jsonLinesFile() {
        let lines = Data("{\"text\":\"One.\"}\n{\"text\":\"Two.\",\"source\":\"Wire\"}\n".utf8)
        let result = reader.read(data: lines, origin: "feed.jsonl")
        #expect(result.articles.map(\.source) == ["feed", "Wire"])
        let forced = reader.read(data: lines, origin: "-", options: ReadOptions(format: .jsonLines))
        #expect(forced.articles.count == 2)
        #expect(forced.articles.first?.source == "stdin")
    }

    @Test("path - reads standard input")
    func standardInput() {
        let stdin = ArticleReader(standardInput: { _ in Array("date 2031-04-17 The pier closed.".utf8) })
        let result = stdin.read(paths: ["-"])
        #expect(result.articles.first?.source == "stdin")
        #expect(result.articles.first?.origin == "-")
        #expect(result.articles.first?.text == "The pier closed.")
        let failing = ArticleReader(standardInput: { limit throws(IngestError) in throw .tooLarge(limit: limit) })
        let failed = failing.read(paths: ["-"], options: ReadOptions(maxInputBytes: 10))
        #expect(failed.diagnostics.map(\.description) == ["parallax: -: \(IngestError.tooLarge(limit: 10))"])
    }

    @Test("the data path reads gzip bytes given as stdin")
    func dataPath() {
        let result = reader.read(data: Data(GzipFixtures.fixed), origin: "-")
        #expect(result.articles.first?.text == GzipFixtures.fixedText.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(result.articles.first?.source == "stdin")
    }

    @Test("raw mode keeps the input exactly as given")
    func rawMode() throws {
        let text = "  date 2031-04-17\r\ntitle: Kept\r\nEASTMERE — The pier closed.  \r\n\r\n"
        let result = reader.read(data: Data(text.utf8), origin: "raw.txt", options: ReadOptions(raw: true))
        let article = try #require(result.articles.first)
        #expect(article.text == text)
        #expect(article.title == nil)
        #expect(article.dateline == nil)
        #expect(article.published == nil)
        #expect(article.source == "raw")
        #expect(article.id == ArticleIdentifier.identifier(for: text))
    }

    @Test("the option date is a fallback, not an override")
    func fallbackDate() {
        let fallback = CalendarDate(year: 2030, month: 12, day: 31)
        let options = ReadOptions(date: fallback)
        let dated = reader.read(data: Data(report.utf8), origin: "a.txt", options: options)
        #expect(dated.articles.first?.published == CalendarDate(year: 2031, month: 4, day: 17))
        let undated = reader.read(data: Data("The pier closed.".utf8), origin: "b.txt", options: options)
        #expect(undated.articles.first?.published == fallback)
    }

    @Test("the same body read twice, differently spaced, gets the same id")
    func stableIdentifiers() {
        let one = reader.read(data: Data("The pier closed.\nWorkers left.".utf8), origin: "a.txt")
        let two = reader.read(data: Data("title: X\n\nThe  pier closed. Workers left.\r\n".utf8), origin: "b.txt")
        #expect(one.articles.first?.id == two.articles.first?.id)
    }

    @Test("reports a folder that cannot be listed and a file that cannot be read")
    func unreadable() throws {
        guard getuid() != 0 else { return }  // Permissions do not bind the superuser.
        try TemporaryFolder.with { folder in
            let locked = folder + "/locked"
            try TemporaryFolder.write("Secret report.", to: "locked/a.txt", in: folder)
            let file = try TemporaryFolder.write("Private report.", to: "private.txt", in: folder)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
            let result = reader.read(paths: [locked, file])
            #expect(result.articles.isEmpty)
            #expect(
                result.diagnostics.map(\.message) == [
                    IngestError.folderUnreadable(reason: "permission denied").description,
                    IngestError.unreadable(reason: "permission denied").description,
                ])
        }
    }
}
