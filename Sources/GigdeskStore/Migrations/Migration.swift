/// One step of the store's schema history.
///
/// Each migration runs in its own `BEGIN IMMEDIATE` transaction together with
/// `PRAGMA user_version = version`, so a store is always at exactly one version.
/// Migrations are never edited once released; a change is a new migration.
///
/// To add one:
/// 1. Add a file `Migrations/MigrationNNNName.swift` with
///    `extension Migration { static let vNName = Migration(version: N, name: "…", statements: ["CREATE TABLE …"]) }`
///    where N is the last version plus one.
/// 2. Append `.vNName` to `Migration.all` (the one-line change).
///
/// Synced tables have `id TEXT PRIMARY KEY` (an `EntityID`), `created_at TEXT NOT NULL`
/// and `updated_at TEXT NOT NULL`, and are written only through `WriteTransaction`.
/// Avoid `ON DELETE CASCADE` and writing triggers on them: changes made that way
/// bypass the change log and would not sync.
struct Migration: Sendable {
    /// The `user_version` the store has after this migration; 1, 2, 3, … without gaps.
    let version: Int
    /// A short description for messages.
    let name: String
    /// SQL statements run in order inside the migration's transaction.
    let statements: [String]
}
