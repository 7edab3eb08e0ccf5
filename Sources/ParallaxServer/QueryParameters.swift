import Hummingbird
import ParallaxCore

/// Reading and checking query parameters: a bad value is a 400 with the parameter named.
extension Request {
    /// The parameter's value, when given and not empty.
    func parameter(_ name: String) -> String? {
        uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A whole number in `range`, or `fallback` when absent (an empty value is not absent: it is wrong).
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = uri.queryParameters.get(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ProblemDetails(.badRequest, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A day (YYYY-MM-DD), when given (an empty value is wrong, not absent).
    func day(_ name: String) throws -> CalendarDate? {
        guard let text = uri.queryParameters.get(name) else { return nil }
        guard let day = CalendarDate(iso: text) else { throw ProblemDetails(.badRequest, "\(name) must be a day as YYYY-MM-DD") }
        return day
    }
}
