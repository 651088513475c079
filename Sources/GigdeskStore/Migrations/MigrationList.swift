extension Migration {
    /// Every migration, oldest first. Append new ones at the end.
    static let all: [Migration] = [
        .v1Base,
        .v2Billing,
    ]
}
