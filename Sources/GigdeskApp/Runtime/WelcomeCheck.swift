import GigdeskStore

/// Decides whether the first-run welcome is due: a writable store on which
/// nobody has chosen demo data or an empty start yet.
enum WelcomeCheck {
    static func isPending(_ store: Store) -> Bool {
        guard !store.isReadOnly else { return false }
        return (try? store.setting(welcomeSettingKey)) == nil
    }

    static let welcomeSettingKey = "welcome.done"
}
