/// The SSRF guard: which address a connection to a host may use. Every address the host resolves to
/// must be public (loopback, private networks, link-local, cloud metadata, multicast and reserved ranges
/// are refused) unless private addresses are allowed; the fetcher then connects to the address checked
/// here, for every request and every redirect.
public struct AddressGuard: Sendable {
    /// Whether loopback and private addresses may be fetched (`--allow-private`).
    public var allowPrivate: Bool
    /// How host names are resolved.
    public var resolver: any HostResolver

    /// A guard; `allowPrivate` lets every address through.
    public init(allowPrivate: Bool = false, resolver: any HostResolver = SystemResolver()) {
        self.allowPrivate = allowPrivate
        self.resolver = resolver
    }

    /// The address to connect to for `host`: the host itself when it is an IP literal, else its first
    /// resolved address. Throws when it does not resolve, or when any address is not public and private
    /// addresses are not allowed (a name with one public and one loopback address is refused: which
    /// one a connection would use is not ours to choose).
    public func address(for host: String) throws(FetchError) -> String {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let addresses = AddressKind(address: bare) != nil ? [bare] : resolver.addresses(of: bare)
        guard let first = addresses.first else { throw .unresolvable(host: host) }
        if !allowPrivate {
            for address in addresses {
                let kind = AddressKind(address: address) ?? .reserved
                if kind != .public { throw .refusedAddress(host: host, address: address, kind: kind) }
            }
        }
        return first
    }
}
