import Foundation

/// Where expanded tagger weight tables are kept between processes (see `WeightTable`), and how one is
/// saved: under a temporary name, then renamed, so a reader sees a whole file or none.
enum WeightCache {
    /// The cache directory: `PARALLAX_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/parallax`,
    /// else `$HOME/.cache/parallax`, each used only when it is an absolute path; nil when none is.
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["PARALLAX_CACHE_DIR"] { return chosen.hasPrefix("/") ? chosen : nil }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/parallax" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/parallax" }
        return nil
    }

    /// The layout of a cached table (dense `bucket × tag` Int16, host byte order); a change to how
    /// tables are expanded must raise it, so that older files are never read as the new layout.
    static let layoutVersion = 1

    /// The file name of the table of `count` weights of the model whose bytes hash to `key`.
    static func fileName(key: UInt64, count: Int) -> String {
        "weights-v" + String(layoutVersion) + "-" + String(key, radix: 16) + "-" + String(count) + ".i16"
    }

    /// FNV-1a-64 of a model file's bytes: the cache key (the model's own checksum is 32 bits).
    static func key(of bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { FeatureHash.bytes($0, 0..<$0.count) }
    }

    /// Writes `bytes` to `directory/name`; a failure (no room, no permission) leaves no file and no
    /// error — only a process killed mid-write can leave its hidden temporary file behind (never read).
    static func save(_ bytes: UnsafeRawBufferPointer, as name: String, in directory: String) {
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
        else { return }
        prune(directory)
        let temporary = directory + "/." + name + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max)) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        var written = 0
        while written < bytes.count, let start = bytes.baseAddress {
            let step = write(descriptor, start + written, bytes.count - written)
            if step < 0, errno == EINTR { continue }
            guard step > 0 else { break }
            written += step
        }
        let complete = written == bytes.count && fsync(descriptor) == 0
        close(descriptor)
        if !complete || rename(temporary, directory + "/" + name) != 0 { unlink(temporary) }
    }

    /// Tables of the current layout kept at most, the table about to be saved included (each is tens
    /// of megabytes: every model trained and scored — a cross-validation run makes ten — adds one).
    static let keptTables = 8

    /// Marks the table at `path` as just used (its modification time), so that pruning keeps it over
    /// tables no process has read for longer. A cache it cannot write to stays as it is.
    static func markUsed(_ path: String) { _ = utimensat(AT_FDCWD, path, nil, 0) }

    /// Removes what no process will read again soon: temporary files of writers gone for an hour or
    /// more (a process killed mid-write), tables of another layout version, and the least recently used
    /// tables beyond `keptTables - 1` (room for the one about to be saved). A table removed while another
    /// process has it mapped stays readable there; the next process to need it expands it again.
    static func prune(_ directory: String, now: Date = Date()) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        let current = "weights-v" + String(layoutVersion) + "-"
        var tables: [(path: String, used: Date)] = []
        for name in names {
            let path = directory + "/" + name
            if name.hasPrefix(".weights-"), name.hasSuffix(".tmp") {
                let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
                if let modified, now.timeIntervalSince(modified) >= 3_600 { unlink(path) }
            } else if name.hasPrefix("weights-v"), name.hasSuffix(".i16") {
                if !name.hasPrefix(current) {
                    unlink(path)
                } else if let used = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
                    tables.append((path, used))
                }
            }
        }
        let surplus = tables.count - (keptTables - 1)
        guard surplus > 0 else { return }
        // Oldest first; equal times by name, so that every process removes the same ones.
        let oldest = tables.sorted { $0.used != $1.used ? $0.used < $1.used : $0.path < $1.path }
        for table in oldest.prefix(surplus) { unlink(table.path) }
    }
}
