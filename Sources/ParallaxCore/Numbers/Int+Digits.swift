extension Int {
    /// The value of a run of ASCII digits; nil when empty, too long or not all digits.
    package init?(value digits: ArraySlice<UInt8>) {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var result = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            result = result * 10 + Int(byte - 0x30)
        }
        self = result
    }
}
