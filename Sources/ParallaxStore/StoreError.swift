/// What can go wrong with a store, each said in one line a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged beyond reading).
    case notADatabase(path: String)
    /// The file is an SQLite database written by another program.
    case foreignDatabase(path: String)
    /// The database was written by a newer Parallax whose schema this one does not know.
    case newerSchema(path: String, found: String)
    /// The folder the database should go in does not exist.
    case noFolder(path: String)
    /// The file or its folder cannot be written (a read-only folder or file).
    case readOnly(path: String)
    /// A write failed: the disk is full, the file-size limit is reached, or the device failed; the
    /// batch in hand was not stored.
    case diskFull(path: String)
    /// Another `parallax ingest` is writing to this database.
    case busy(path: String)
    /// The database server cannot be reached (not running, wrong address, refused the login).
    case unreachable(path: String, message: String)
    /// Any other database failure, with the database's own words.
    case database(path: String, message: String)
    /// A stored value could not be decoded (written by an incompatible build, or damaged).
    case damagedRecord(path: String, what: String)
    /// No story or article with that id.
    case notFound(what: String)
    /// A search query with nothing to search for.
    case emptyQuery

    public var description: String {
        switch self {
        case .notADatabase(let path): "\(path): not a Parallax database (not SQLite, or damaged); nothing was changed"
        case .foreignDatabase(let path): "\(path): an SQLite database of another program, not Parallax's; nothing was changed"
        case .newerSchema(let path, let found):
            "\(path): written by a newer Parallax (schema step '\(found)' is unknown to this one); upgrade Parallax to use it"
        case .noFolder(let path): "\(path): the folder does not exist"
        case .readOnly(let path): "\(path): cannot write the database (read-only file or folder)"
        case .diskFull(let path):
            "\(path): cannot write: the disk is full, the file-size limit is reached or the device failed; the batch in hand was not stored, all before it is kept"
        case .busy(let path): "\(path): another parallax ingest is writing to this database; try again when it ends"
        case .unreachable(let path, let message): "\(path): cannot reach the database server: \(message)"
        case .database(let path, let message): "\(path): database error: \(message)"
        case .damagedRecord(let path, let what): "\(path): a stored \(what) cannot be read (damaged, or written by an incompatible build)"
        case .notFound(let what): "no \(what) in the database"
        case .emptyQuery: "the search query has no words to search for"
        }
    }
}
