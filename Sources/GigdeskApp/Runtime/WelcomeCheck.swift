import GigdeskStore

/// Decides whether the first-run welcome is due: a writable store without
/// clients, on which nobody has chosen demo data or an empty start yet.
enum WelcomeCheck {
    static func isPending(_ store: Store) -> Bool {
        guard !store.isReadOnly, (try? store.setting(welcomeSettingKey)) == nil else { return false }
        let anyClient = try? store.read { try $0.query("SELECT 1 FROM clients LIMIT 1") }
        return anyClient?.isEmpty ?? true
    }

    static let welcomeSettingKey = "welcome.done"
}
