#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a host name into the addresses a connection may go to. The fetcher resolves once, checks every
/// address, and connects to a checked one — so a name cannot pass the check and then point elsewhere.
public protocol HostResolver: Sendable {
    /// The host's addresses in text form (IPv4 or IPv6), or an empty list.
    func addresses(of host: String) -> [String]
}

/// The system resolver (`getaddrinfo`: /etc/hosts, then DNS).
public struct SystemResolver: HostResolver {
    /// The system resolver.
    public init() {}

    public func addresses(of host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let current = node {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if let address = current.pointee.ai_addr {
                if current.pointee.ai_family == AF_INET {
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                        var bytes = ipv4.pointee.sin_addr
                        _ = inet_ntop(AF_INET, &bytes, &buffer, socklen_t(buffer.count))
                    }
                } else if current.pointee.ai_family == AF_INET6 {
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                        var bytes = ipv6.pointee.sin6_addr
                        _ = inet_ntop(AF_INET6, &bytes, &buffer, socklen_t(buffer.count))
                    }
                }
            }
            let text = String(cString: buffer)
            if !text.isEmpty, !addresses.contains(text) { addresses.append(text) }
            node = current.pointee.ai_next
        }
        return addresses
    }
}

/// A resolver with fixed answers, falling back to another: for tests (a name that points to loopback)
/// and for pinning hosts.
public struct FixedResolver: HostResolver {
    let answers: [String: [String]]
    let fallback: any HostResolver

    /// Answers `answers[host]` when present, else asks `fallback`.
    public init(_ answers: [String: [String]], fallback: any HostResolver = SystemResolver()) {
        self.answers = answers
        self.fallback = fallback
    }

    public func addresses(of host: String) -> [String] {
        answers[host.lowercased()] ?? fallback.addresses(of: host)
    }
}
