import Testing

@Suite("parallax --version")
struct VersionTests {
    @Test("prints one MAJOR.MINOR.PATCH line and exits 0")
    func version() throws {
        let result = try ParallaxProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
        #expect(result.standardError.isEmpty)
    }

    @Test("a subcommand prints the same version")
    func subcommandVersion() throws {
        let root = try ParallaxProcess.run(["--version"])
        let compare = try ParallaxProcess.run(["compare", "--version"])
        #expect(compare.status == 0)
        #expect(compare.standardOutput == root.standardOutput)
    }
}
