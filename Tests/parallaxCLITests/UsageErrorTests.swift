import Testing

/// Usage mistakes exit 64 (`EX_USAGE`) and show the usage of the subcommand that was run.
@Suite("usage errors")
struct UsageErrorTests {
    @Test(
        "exit 64 with the subcommand's usage",
        arguments: [
            (["compare", "--format", "nope", "Examples/port-strike"], "parallax compare"),
            (["compare"], "parallax compare"),
            (["compare", "--date", "17/04/2031", "Examples/port-strike"], "parallax compare"),
            (["analyze", "--format", "html", "Examples/port-strike"], "parallax analyze"),
            (["bench"], "parallax bench"),
            (["extract"], "parallax extract"),
            (["eval", "time"], "parallax eval time"),
        ])
    func subcommandUsage(arguments: [String], command: String) throws {
        let result = try ParallaxProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.first?.hasPrefix("Error: ") == true)
        #expect(result.standardError.contains("Usage: \(command) "))
        #expect(!result.standardError.contains("Usage: parallax <subcommand>"))
    }

    @Test("an unknown subcommand exits 64 with the root usage")
    func unknownSubcommand() throws {
        let result = try ParallaxProcess.run(["comapre", "Examples/port-strike"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("Usage: parallax "))
    }
}
