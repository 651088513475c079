import CSQLite
import GigdeskCore

extension Store {
    /// Adds an active recurring invoice for the client and returns its id. The lines
    /// are checked as for a draft; `currency` defaults to the client's.
    @discardableResult
    public func addRecurring(clientID: EntityID, schedule: RecurringSchedule, lines: [LineItem],
                             currency: Currency? = nil, notes: String = "") throws -> EntityID {
        try write { tx in
            let client = try ClientLookup.activeClient(id: clientID, in: tx)
            let currency = currency ?? client.currency
            try InvoiceWriter.validate(lines, currency: currency, issueDate: schedule.start, dueDate: schedule.start,
                                       kind: .invoice)
            return try tx.insert("recurring_schedules", values: [
                "client_id": .text(clientID.rawValue), "unit": .text(schedule.unit.rawValue),
                "every": .integer(Int64(schedule.every)), "start_date": .text(schedule.start.iso),
                "end_date": schedule.end.map { .text($0.iso) } ?? .null,
                "count": schedule.count.map { .integer(Int64($0)) } ?? .null, "currency": .text(currency.code),
                "lines_json": .text(try LineItemsJSON.encode(lines)), "notes": .text(notes), "active": .integer(1),
            ])
        }
    }

    /// Every recurring schedule, oldest first.
    public func recurringSchedules() throws -> [StoredRecurringSchedule] {
        try read { try RecurringReader.schedules(in: $0) }
    }

    /// Pauses (`false`) or resumes (`true`) a schedule. A resumed schedule catches up on
    /// the periods it missed at the next `runDueRecurring`.
    public func setRecurringActive(id: EntityID, _ active: Bool) throws {
        try write { tx in
            guard try !tx.query("SELECT 1 FROM recurring_schedules WHERE id = ?", [.text(id.rawValue)]).isEmpty else {
                throw BillingStoreError.unknownSchedule(id)
            }
            try tx.update("recurring_schedules", id: id, values: ["active": .integer(active ? 1 : 0)])
        }
    }

    /// Creates the drafts that active schedules of clients not archived owe up to and
    /// including `today`, and returns their numbers in order.
    ///
    /// Each period gets exactly one draft: the draft and its `recurring_runs` row are
    /// written in one transaction, which first checks that no run exists. Periods
    /// missed while gigdesk was closed are caught up, each once; a period another
    /// process created first is skipped.
    public func runDueRecurring(today: LocalDate) throws -> [String] {
        let schedules = try read {
            try RecurringReader.schedules(where: "schedule.active = 1 AND client.archived = 0", in: $0)
        }
        var created: [String] = []
        for schedule in schedules {
            let done = try read { connection in
                Set(try connection.query("SELECT period_date FROM recurring_runs WHERE schedule_id = ?",
                                         [.text(schedule.id.rawValue)]).map { try $0.text("period_date") })
            }
            for period in schedule.schedule.occurrences(through: today) where !done.contains(period.iso) {
                if let number = try createRecurringDraft(schedule, period: period) {
                    created.append(number)
                }
            }
        }
        return created
    }

    /// The draft for one period, or `nil` when it already exists.
    private func createRecurringDraft(_ schedule: StoredRecurringSchedule, period: LocalDate) throws -> String? {
        do {
            return try write { tx -> String? in
                let runs = try tx.query("SELECT 1 FROM recurring_runs WHERE schedule_id = ? AND period_date = ?",
                                        [.text(schedule.id.rawValue), .text(period.iso)])
                guard runs.isEmpty else { return nil }
                let client = try ClientLookup.activeClient(id: schedule.client.id, in: tx)
                let draft = NewInvoice(
                    client: client, currency: schedule.currency, issueDate: period,
                    dueDate: period.adding(days: client.paymentTermsDays), lines: schedule.lines, notes: schedule.notes,
                    paymentInstructions: try SellerProfileSettings.load(from: tx)?.paymentInstructions ?? "")
                let created = try NumberAllocator.numbering(in: tx) { try InvoiceWriter.insert(draft, numbers: $0, in: tx) }
                try tx.insert("recurring_runs", values: [
                    "schedule_id": .text(schedule.id.rawValue), "period_date": .text(period.iso),
                    "invoice_id": .text(created.id.rawValue),
                ])
                return created.number
            }
        } catch let error as SQLiteError
            where error.code == SQLITE_CONSTRAINT && error.message.hasPrefix("UNIQUE constraint failed: recurring_runs") {
            // The run row exists after all (written by another path than this check): the period is done.
            return nil
        }
    }
}
