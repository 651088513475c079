extension Migration {
    /// Clients, invoices and credit notes with their lines and payments, number counters,
    /// recurring schedules and their runs, and time entries.
    ///
    /// Invoices carry their totals, balance and client name so that the invoice list
    /// filters, sorts and pages on any column through an index; every sorting index ends
    /// in `number`, the unique tie-breaker. `client_key` and `name_key` are Unicode
    /// lowercase copies of the name for case-insensitive lookup, sorting and search.
    static let v2Billing = Migration(version: 2, name: "billing", statements: [
        """
        CREATE TABLE clients (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            tax_id TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL,
            hourly_rate INTEGER,
            payment_terms_days INTEGER NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX clients_by_name ON clients (name_key, archived)",
        """
        CREATE TABLE invoices (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
            credited_invoice_id TEXT REFERENCES invoices (id),
            client_id TEXT NOT NULL REFERENCES clients (id),
            client_name TEXT NOT NULL,
            client_key TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partial', 'paid', 'void')),
            currency TEXT NOT NULL,
            issue_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            payment_instructions TEXT NOT NULL DEFAULT '',
            net_total INTEGER NOT NULL,
            tax_total INTEGER NOT NULL,
            total INTEGER NOT NULL,
            paid INTEGER NOT NULL DEFAULT 0,
            balance INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX invoices_by_issue_date ON invoices (issue_date, number)",
        "CREATE INDEX invoices_by_due_date ON invoices (due_date, number)",
        // `kind` makes the index cover the overdue filter (no credit notes), so counting reads no rows.
        "CREATE INDEX invoices_by_status ON invoices (status, due_date, number, kind)",
        "CREATE INDEX invoices_by_client ON invoices (client_id, issue_date, number)",
        "CREATE INDEX invoices_by_client_name ON invoices (client_key, number)",
        "CREATE INDEX invoices_by_total ON invoices (total, number)",
        "CREATE INDEX invoices_by_balance ON invoices (balance, number)",
        "CREATE INDEX invoices_by_credited ON invoices (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL",
        """
        CREATE TABLE invoice_lines (
            id TEXT PRIMARY KEY,
            invoice_id TEXT NOT NULL REFERENCES invoices (id),
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            quantity TEXT NOT NULL,
            unit TEXT NOT NULL,
            unit_price INTEGER NOT NULL,
            tax_rate TEXT NOT NULL,
            discount TEXT,
            exemption_reason TEXT,
            net INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position)",
        """
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            invoice_id TEXT NOT NULL REFERENCES invoices (id),
            amount INTEGER NOT NULL,
            date TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX payments_by_invoice ON payments (invoice_id, date)",
        """
        CREATE TABLE number_counters (
            id TEXT PRIMARY KEY,
            series TEXT NOT NULL,
            year INTEGER NOT NULL,
            last_value INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (series, year)
        )
        """,
        """
        CREATE TABLE recurring_schedules (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id),
            unit TEXT NOT NULL,
            every INTEGER NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT,
            count INTEGER,
            currency TEXT NOT NULL,
            lines_json TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE recurring_runs (
            id TEXT PRIMARY KEY,
            schedule_id TEXT NOT NULL REFERENCES recurring_schedules (id),
            period_date TEXT NOT NULL,
            invoice_id TEXT NOT NULL REFERENCES invoices (id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (schedule_id, period_date)
        )
        """,
        """
        CREATE TABLE time_entries (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients (id),
            description TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            minutes INTEGER,
            billed_invoice_id TEXT REFERENCES invoices (id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX time_entries_by_client ON time_entries (client_id, billed_invoice_id, started_at)",
        // At most one running timer: every running row has the same indexed value, 1.
        "CREATE UNIQUE INDEX time_entries_one_running ON time_entries ((ended_at IS NULL)) WHERE ended_at IS NULL",
    ])
}
