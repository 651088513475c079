import Foundation
import TermUI

/// Everything that can change the shell's state: bound actions from keys,
/// raw text for inputs, and results coming back from background work.
public enum ShellAction: Sendable, Equatable {
    /// A keymap action by name (`app.quit`, `list.down`, …).
    case invoke(String)
    /// A key for whatever text input has the keyboard.
    case text(Key)
    case paste(String)
    case clickTab(PaneID)
    case scroll(up: Bool)
    case tick(Date)
    /// Another process (or the background worker) committed to the store.
    case storeChanged
    case toast(String, Toast.Level)
    /// Demo data was written; the summary says what.
    case demoLoaded(String)
    case demoFailed(String)
    case confirm(Bool)
    /// The running time-tracking timer, as the worker last read it (nil: none runs).
    case timer(RunningTimer?)
}

/// What the Invoices pane can do to the selected invoice.
public enum InvoiceCommand: String, Sendable, Equatable {
    case send, void, credit, exportPDF
}

/// Work the reducer asks for; the run loop performs it and may answer with actions.
public enum ShellEffect: Sendable, Equatable {
    case copyToClipboard(String)
    case applyTheme(String)
    case applyKeymap(String)
    case loadDemo
    case saveSetting(key: String, value: String)
    /// Load one invoice into the Invoices pane's detail view.
    case openInvoice(String)
    /// Copy a polite payment reminder for an overdue invoice (OSC 52).
    case copyReminder(String)
    /// Change an invoice from the pane: send, void, credit, export.
    case invoiceCommand(InvoiceCommand, String)
    /// Open the editor on a draft.
    case editInvoice(String)
    case openClients
    /// Save what a pane form holds.
    case submitForm(PaneForm)
    case redraw
}
