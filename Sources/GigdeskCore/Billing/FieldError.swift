/// A problem with one form field, to show next to it: `field` is the key the
/// form and the command line use ("due_date", "lines[1].quantity").
public struct FieldError: Hashable, Sendable {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
