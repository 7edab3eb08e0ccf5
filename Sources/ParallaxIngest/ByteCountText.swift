/// Formats byte counts for messages ("512 MiB", "3 bytes").
enum ByteCountText {
    /// A short human-readable size: exact bytes below 1 KiB, else the largest binary unit that fits.
    static func format(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        var value = Double(bytes)
        var unit = ""
        for name in units {
            value /= 1024
            unit = name
            if value < 1024 { break }
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(unit)"
    }
}
