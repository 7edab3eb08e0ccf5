import ParallaxStore
import PostgresNIO

/// Turns postgres-nio's errors into the store's one-line errors, in the server's own words where it gave
/// some.
enum PostgresFailure {
    /// The server's message, else a short description of the failure.
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        return String(describing: error)
    }

    /// The SQLSTATE code of a server error, if it is one.
    static func state(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// The store error for `error`.
    static func storeError(_ error: any Error, address: PostgresAddress) -> StoreError {
        if let error = error as? StoreError { return error }
        if let timeout = error as? PostgresTimeout { return .unreachable(path: address.description, message: timeout.description) }
        switch state(error) {
        // disk_full, out_of_memory, insufficient_resources
        case "53100", "53200", "53000": return .diskFull(path: address.description)
        // read_only_sql_transaction, insufficient_privilege
        case "25006", "42501": return .readOnly(path: address.description)
        case nil:
            if let error = error as? PSQLError, error.serverInfo == nil {
                return .unreachable(path: address.description, message: message(error))
            }
            return .database(path: address.description, message: message(error))
        default: return .database(path: address.description, message: message(error))
        }
    }
}
