import Testing
@testable import ParallaxFetch

@Suite("SSRF guard: loopback, private, link-local and metadata addresses refused unless allowed")
struct AddressGuardTests {
    static let stub = FixedResolver(["loopback.test": ["127.0.0.1"], "news.test": ["93.184.216.34"], "mixed.test": ["93.184.216.34", "10.0.0.7"]])

    @Test("refused: 127.0.0.1, 10.x, 169.254.169.254, localhost, a name pointing to loopback, IPv6 loopback and private")
    func refuses() {
        let guardrail = AddressGuard(resolver: Self.stub)
        for host in ["127.0.0.1", "10.1.2.3", "169.254.169.254", "localhost", "loopback.test", "mixed.test", "[::1]", "::ffff:127.0.0.1",
            "fd00::1", "fe80::1", "172.20.0.1", "192.168.1.1", "100.64.0.1", "0.0.0.0", "224.0.0.1"] {
            #expect(throws: FetchError.self, "\(host)") { try guardrail.address(for: host) }
        }
        do {
            _ = try guardrail.address(for: "169.254.169.254")
        } catch {
            #expect(error.description.contains("cloud-metadata") && error.description.contains("--allow-private"))
        }
    }

    @Test("allowed: public addresses always; everything with --allow-private")
    func allows() throws {
        #expect(try AddressGuard(resolver: Self.stub).address(for: "news.test") == "93.184.216.34")
        #expect(try AddressGuard(resolver: Self.stub).address(for: "8.8.8.8") == "8.8.8.8")
        let open = AddressGuard(allowPrivate: true, resolver: Self.stub)
        for host in ["127.0.0.1", "10.1.2.3", "169.254.169.254", "localhost", "loopback.test"] {
            #expect(throws: Never.self, "\(host)") { try open.address(for: host) }
        }
        #expect(try open.address(for: "loopback.test") == "127.0.0.1")
        #expect(throws: FetchError.self) { try open.address(for: "no-such-host.invalid") }
    }

    @Test("address kinds")
    func kinds() {
        #expect(AddressKind(address: "127.5.5.5") == .loopback)
        #expect(AddressKind(address: "169.254.10.1") == .linkLocal)
        #expect(AddressKind(address: "fd00:ec2::254") == .metadata)
        #expect(AddressKind(address: "64:ff9b::a00:1") == .privateNetwork)
        #expect(AddressKind(address: "2a00:1450:4001::1") == .public)
        #expect(AddressKind(address: "not an address") == nil)
    }

    @Test("only http and https URLs")
    func schemes() {
        for url in ["file:///etc/passwd", "ftp://example.com/x", "gopher://x", "javascript:alert(1)", "http://", "/relative", ""] {
            #expect(throws: FetchError.self, "\(url)") { try Fetcher.parse(url) }
        }
    }
}

@Suite("robots.txt rules")
struct RobotsRulesTests {
    @Test("the crawler's own group wins over *, the longest rule wins, Allow on a tie, * and $ patterns")
    func rules() {
        let text = """
            User-agent: *
            Disallow: /private/
            Allow: /private/open
            Disallow: /*.pdf$

            User-agent: Parallax
            User-agent: other-bot
            Disallow: /drafts
            """
        let ours = RobotsRules(text, agent: "parallax")
        #expect(!ours.allows("/drafts/1"))
        #expect(ours.allows("/private/x"))
        let others = RobotsRules(text, agent: "somebot")
        #expect(!others.allows("/private/x") && others.allows("/private/open/1"))
        #expect(!others.allows("/files/a.pdf") && others.allows("/files/a.pdf?x=1"))
        #expect(RobotsRules("", agent: "parallax").allows("/anything"))
        #expect(!RobotsRules.disallowAll.allows("/"))
    }
}
