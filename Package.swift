// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "gigdesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gigdesk", targets: ["gigdesk"]),
    ],
    targets: [
        // C system libraries: module map + shim header only.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CHaru", path: "Sources/CHaru"),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode"),

        // Pure domain: types, rules, no I/O beyond Foundation.
        .target(name: "GigdeskCore"),
        // The SQLite store: migrations, the single write path, change log, audit chain.
        .target(name: "GigdeskStore", dependencies: ["GigdeskCore", "CSQLite"]),
        // Invoice documents: PDF (libharu + libqrencode), HTML, Markdown, CSV, UBL 2.1.
        .target(name: "GigdeskExport", dependencies: ["GigdeskCore", "CHaru", "CQRencode"]),
        // Terminal UI kit without curses: cells, styles, layout, widgets, themes, keymaps.
        .target(name: "TermUI"),
        // The only code that touches curses.
        .target(name: "TermCurses", dependencies: ["TermUI", "CNcursesw"]),
        // Panes, key resolution, the run loop, the background worker, subcommands.
        .target(name: "GigdeskApp", dependencies: ["GigdeskCore", "GigdeskStore", "GigdeskExport", "TermUI"]),
        // main.swift: parse the command line and dispatch.
        .executableTarget(name: "gigdesk", dependencies: ["GigdeskApp", "TermCurses"]),
        // `swift run -c release gigdesk-bench`: first frame, keystroke latency and memory on a large store.
        .executableTarget(name: "gigdesk-bench", dependencies: ["GigdeskApp", "GigdeskCore", "GigdeskStore", "TermUI"], path: "Sources/GigdeskBench"),

        // Test support: golden-file snapshots of rendered buffers.
        .target(name: "SnapshotSupport", dependencies: ["TermUI"], path: "Tests/SnapshotSupport"),

        .testTarget(name: "TermUITests", dependencies: ["TermUI", "SnapshotSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "GigdeskCoreTests", dependencies: ["GigdeskCore"]),
        .testTarget(name: "GigdeskStoreTests", dependencies: ["GigdeskStore", "GigdeskCore"]),
        .testTarget(name: "GigdeskExportTests", dependencies: ["GigdeskExport", "GigdeskCore"]),
        .testTarget(name: "GigdeskAppTests", dependencies: ["GigdeskApp", "SnapshotSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests"),
    ]
)
