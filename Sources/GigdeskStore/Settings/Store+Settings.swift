import GigdeskCore

extension Store {
    /// The value of setting `key`, or `nil` if it was never set.
    public func setting(_ key: String) throws -> String? {
        try withConnection { connection in
            try connection.query("SELECT value FROM settings WHERE key = ?", [.text(key)]).first?[0].textValue
        }
    }

    /// Every setting, key → value.
    public func allSettings() throws -> [String: String] {
        try withConnection { connection in
            var settings: [String: String] = [:]
            for row in try connection.query("SELECT key, value FROM settings") {
                if let key = row[0].textValue, let value = row[1].textValue {
                    settings[key] = value
                }
            }
            return settings
        }
    }

    /// Sets `key` to `value` through the write path (so it syncs) and records a
    /// `settings.change` audit event with the key, the old value (absent when
    /// there was none) and the new one. Setting the current value does nothing.
    public func setSetting(_ key: String, _ value: String) throws {
        try write { tx in
            let existing = try tx.query("SELECT id, value FROM settings WHERE key = ?", [.text(key)]).first
            let old = existing?[1].textValue
            guard old != value || existing == nil else { return }
            if let existing {
                guard let text = existing[0].textValue, let id = EntityID(text) else {
                    throw StoreError.corrupted(path: path, detail: "settings row for '\(key)' has an invalid id")
                }
                try tx.update("settings", id: id, values: ["value": .text(value)])
            } else {
                try tx.insert("settings", values: ["key": .text(key), "value": .text(value)])
            }
            var detail = ["key": key, "new": value]
            detail["old"] = old
            try tx.audit(event: "settings.change", detail: detail)
        }
    }
}
