/// What an IP address is, for the SSRF guard: only `public` addresses are fetched by default.
public enum AddressKind: String, Sendable, Hashable {
    case `public` = "public"
    case loopback
    case privateNetwork = "private-network"
    case linkLocal = "link-local"
    case metadata = "cloud-metadata"
    case unspecified
    case multicast
    case reserved

    /// The kind of an IPv4 or IPv6 address in text form, or nil when it is not one.
    public init?(address: String) {
        if let v4 = IPAddressBytes.v4(address) {
            self = Self.classify(v4: v4)
        } else if let v6 = IPAddressBytes.v6(address) {
            self = Self.classify(v6: v6)
        } else {
            return nil
        }
    }

    static func classify(v4 b: [UInt8]) -> AddressKind {
        switch (b[0], b[1]) {
        case (0, _): return .unspecified
        case (127, _): return .loopback
        case (10, _): return .privateNetwork
        case (172, 16...31), (192, 168): return .privateNetwork
        case (100, 64...127): return .privateNetwork  // carrier-grade NAT
        case (169, 254): return b[2] == 169 && b[3] == 254 ? .metadata : .linkLocal
        case (192, 0) where b[2] == 0: return .reserved  // IETF protocol assignments
        case (198, 18...19): return .reserved  // benchmarking
        case (224...239, _): return .multicast
        case (240...255, _): return .reserved
        default: return .public
        }
    }

    static func classify(v6 b: [UInt8]) -> AddressKind {
        if b.allSatisfy({ $0 == 0 }) { return .unspecified }
        if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return .loopback }
        // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): the IPv4 rules.
        if b[0..<10].allSatisfy({ $0 == 0 }) && ((b[10] == 0xFF && b[11] == 0xFF) || (b[10] == 0 && b[11] == 0)) {
            return classify(v4: Array(b[12..<16]))
        }
        if b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..<12].allSatisfy({ $0 == 0 }) {
            return classify(v4: Array(b[12..<16]))
        }
        if b[0] == 0xFE && (b[1] & 0xC0) == 0x80 { return .linkLocal }
        if (b[0] & 0xFE) == 0xFC { return b[0] == 0xFD && b[1] == 0x00 && b[2] == 0x0E && b[3] == 0xC2 ? .metadata : .privateNetwork }
        if b[0] == 0xFF { return .multicast }
        if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return .reserved }  // documentation
        return .public
    }
}
