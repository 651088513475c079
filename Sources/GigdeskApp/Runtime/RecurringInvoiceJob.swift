import Foundation
import GigdeskCore
import GigdeskStore

/// The worker job that turns due recurring schedules into drafts: each missed
/// period exactly once (the store's unique run rows make that hold across processes).
enum RecurringInvoiceJob {
    static let interval: TimeInterval = 60

    static func make(store: Store) -> BackgroundWorker.PeriodicJob {
        BackgroundWorker.PeriodicJob(name: "recurring invoices", interval: interval, runAtStart: true) {
            guard !store.isReadOnly else { return [] }
            do {
                let created = try store.runDueRecurring(today: LocalDate.today())
                guard !created.isEmpty else { return [] }
                let list = created.count > 3 ? created.prefix(3).joined(separator: ", ") + " and \(created.count - 3) more" : created.joined(separator: ", ")
                return [.storeChanged, .toast("recurring drafts created: \(list)", .info)]
            } catch {
                return [.toast("recurring invoices: \(error)", .error)]
            }
        }
    }
}
