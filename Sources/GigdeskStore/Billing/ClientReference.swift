import GigdeskCore

/// The client an invoice, schedule or time entry belongs to: its id and current name.
public struct ClientReference: Hashable, Sendable {
    public let id: EntityID
    public let name: String

    public init(id: EntityID, name: String) {
        self.id = id
        self.name = name
    }
}
