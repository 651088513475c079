import GigdeskCore
import XCTest

final class InvoiceLifecycleTests: XCTestCase {
    func testOnlyDraftsCanBeEdited() {
        let editable = InvoiceStatus.allCases.filter(InvoiceLifecycle.canEdit)
        XCTAssertEqual(editable, [.draft])
    }

    func testSendingOnlyFromDraft() throws {
        XCTAssertEqual(try InvoiceLifecycle.send(from: .draft), .sent)
        for status in [InvoiceStatus.sent, .partial, .paid, .void] {
            XCTAssertThrows(.invalidTransition(from: status, to: .sent)) { () throws(BillingError) in
                try InvoiceLifecycle.send(from: status)
            }
        }
    }

    func testVoidingAndItsRefusals() throws {
        for status in [InvoiceStatus.draft, .sent, .partial] {
            XCTAssertEqual(try InvoiceLifecycle.void(from: status), .void)
        }
        for status in [InvoiceStatus.paid, .void] {
            XCTAssertThrows(.invalidTransition(from: status, to: .void)) { () throws(BillingError) in
                try InvoiceLifecycle.void(from: status)
            }
            XCTAssertTrue(BillingError.invalidTransition(from: status, to: .void).description.contains("credit note"))
        }
        XCTAssertEqual(BillingError.invalidTransition(from: .paid, to: .void).description,
                       "a paid invoice cannot be voided; issue a credit note instead")
    }

    func testPayments() throws {
        // (total, paid before, amount, status) → new status
        let table: [(Int64, Int64, Int64, InvoiceStatus, InvoiceStatus)] = [
            (100_000, 0, 40_000, .sent, .partial),
            (100_000, 40_000, 60_000, .partial, .paid),
            (100_000, 0, 100_000, .sent, .paid),
            (100_000, 40_000, 1, .partial, .partial),
            (100_000, 99_999, 1, .partial, .paid),
        ]
        for (total, before, amount, status, expected) in table {
            XCTAssertEqual(try InvoiceLifecycle.statusAfterPayment(
                total: money(total), paidBefore: money(before), amount: money(amount), status: status), expected)
        }
    }

    func testPaymentAboveTheBalanceIsRefused() {
        XCTAssertThrows(.overpayment(balance: money(50_000), amount: money(60_000))) { () throws(BillingError) in
            try InvoiceLifecycle.statusAfterPayment(
                total: money(80_000), paidBefore: money(30_000), amount: money(60_000), status: .partial)
        }
        XCTAssertEqual(BillingError.overpayment(balance: money(50_000), amount: money(60_000)).description,
                       "payment of 600.00 EUR is more than the balance of 500.00 EUR")
    }

    func testPaymentsMustBePositiveAndInTheInvoiceCurrency() {
        for amount in [Int64(0), -100] {
            XCTAssertThrows(.nonPositivePayment(money(amount))) { () throws(BillingError) in
                try InvoiceLifecycle.statusAfterPayment(
                    total: money(1000), paidBefore: money(0), amount: money(amount), status: .sent)
            }
        }
        XCTAssertThrows(.currencyMismatch(expected: currency("EUR"), found: currency("USD"))) { () throws(BillingError) in
            try InvoiceLifecycle.statusAfterPayment(
                total: money(1000), paidBefore: money(0), amount: money(100, "USD"), status: .sent)
        }
    }

    func testOnlyOpenInvoicesTakePayments() {
        for status in [InvoiceStatus.draft, .paid, .void] {
            XCTAssertThrows(.paymentNotAccepted(status)) { () throws(BillingError) in
                try InvoiceLifecycle.statusAfterPayment(
                    total: money(1000), paidBefore: money(0), amount: money(100), status: status)
            }
        }
    }

    func testOverdueIsDerived() {
        let due = date("2026-03-31")
        let table: [(InvoiceStatus, String, Bool)] = [
            (.sent, "2026-04-01", true), (.partial, "2026-05-15", true), (.sent, "2026-03-31", false),
            (.sent, "2026-03-01", false), (.draft, "2026-04-01", false), (.paid, "2026-04-01", false),
            (.void, "2026-04-01", false),
        ]
        for (status, today, overdue) in table {
            XCTAssertEqual(InvoiceLifecycle.isOverdue(status: status, dueDate: due, today: date(today)), overdue,
                           "\(status) on \(today)")
            XCTAssertEqual(InvoiceLifecycle.displayStatus(status: status, dueDate: due, today: date(today)),
                           overdue ? "overdue" : status.rawValue)
        }
    }

    func testRawValues() {
        XCTAssertEqual(InvoiceStatus.allCases.map(\.rawValue), ["draft", "sent", "partial", "paid", "void"])
        XCTAssertEqual(InvoiceKind.creditNote.rawValue, "credit_note")
        XCTAssertEqual(InvoiceKind(rawValue: "invoice"), .invoice)
    }
}
