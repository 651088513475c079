import Foundation
import XCTest
@testable import GigdeskExport

final class ExportWriterTests: XCTestCase {
    func testFileNamesAreSanitised() {
        let cases: [(String, String?)] = [
            ("INV-2026-0001.pdf", "INV-2026-0001.pdf"),
            ("../../etc/passwd", "etc_passwd"),
            ("/abs", "abs"),
            ("/etc/cron.d/x", "etc_cron.d_x"),
            ("..\\..\\windows\\system.ini", "windows_system.ini"),
            ("a\u{0}b\nc\r.pdf", "abc.pdf"),
            (".hidden", "hidden"),
            ("...pdf", "pdf"),
            ("a..b.pdf", "a.b.pdf"),
            ("-rf.pdf", "rf.pdf"),
            ("\u{202E}fdp.exe", "fdp.exe"),
            ("株式会社 山田.pdf", "株式会社 山田.pdf"),
            ("..", nil),
            ("/", nil),
            ("", nil),
            ("\n\t", nil),
        ]
        for (proposed, expected) in cases {
            XCTAssertEqual(ExportFileName.sanitized(proposed), expected, "for \(proposed.debugDescription)")
        }
    }

    func testLongNamesAreCutKeepingTheExtension() throws {
        let name = try XCTUnwrap(ExportFileName.sanitized(String(repeating: "é", count: 300) + ".pdf"))
        XCTAssertLessThanOrEqual(name.utf8.count, 255)
        XCTAssertTrue(name.hasSuffix("é.pdf"))
    }

    func testWritesInsideTheFolderWithMode0644() throws {
        let folder = try ExternalTool.temporaryDirectory(for: self)
        let url = try ExportWriter.write(data: Data("hello".utf8), to: folder, fileName: "INV-2026-0001.pdf",
                                         force: false)
        XCTAssertEqual(url.lastPathComponent, "INV-2026-0001.pdf")
        XCTAssertEqual(url.deletingLastPathComponent().path, folder.resolvingSymlinksInPath().path)
        XCTAssertEqual(try Data(contentsOf: url), Data("hello".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o644)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["INV-2026-0001.pdf"],
                       "no temporary file left behind")
    }

    func testEscapeAttemptsStayInTheFolder() throws {
        let parent = try ExternalTool.temporaryDirectory(for: self)
        let folder = parent.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        for attempt in ["../../etc/passwd", "../outside.pdf", "/abs", "sub/dir/file.csv", "bad\u{0}name\n.md"] {
            let url = try ExportWriter.write(data: Data("x".utf8), to: folder, fileName: attempt, force: true)
            XCTAssertEqual(url.deletingLastPathComponent().path, folder.resolvingSymlinksInPath().path, attempt)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["exports"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["abs", "badname.md", "etc_passwd", "outside.pdf", "sub_dir_file.csv"])
        XCTAssertThrowsError(try ExportWriter.write(data: Data(), to: folder, fileName: "../..", force: true)) {
            XCTAssertEqual($0 as? ExportWriteError, .invalidFileName("../.."))
        }
    }

    func testExistingFileIsNotOverwrittenWithoutForce() throws {
        let folder = try ExternalTool.temporaryDirectory(for: self)
        let first = try ExportWriter.write(data: Data("first".utf8), to: folder, fileName: "a.csv", force: false)
        XCTAssertThrowsError(try ExportWriter.write(data: Data("second".utf8), to: folder, fileName: "a.csv",
                                                    force: false)) { error in
            XCTAssertEqual(error as? ExportWriteError, .fileExists(first.path))
            XCTAssertTrue("\(error)".contains("a.csv already exists"), "\(error)")
            XCTAssertTrue("\(error)".contains("--force"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: first), Data("first".utf8))

        _ = try ExportWriter.write(data: Data("second".utf8), to: folder, fileName: "a.csv", force: true)
        XCTAssertEqual(try Data(contentsOf: first), Data("second".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.csv"])
    }

    func testSymbolicLinkAtTheNameIsReplacedNotFollowed() throws {
        let folder = try ExternalTool.temporaryDirectory(for: self)
        let elsewhere = try ExternalTool.temporaryDirectory(for: self).appendingPathComponent("target")
        try Data("precious".utf8).write(to: elsewhere)
        let link = folder.appendingPathComponent("INV-1.pdf")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)

        XCTAssertThrowsError(try ExportWriter.write(data: Data("new".utf8), to: folder, fileName: "INV-1.pdf",
                                                    force: false))
        _ = try ExportWriter.write(data: Data("new".utf8), to: folder, fileName: "INV-1.pdf", force: true)
        XCTAssertEqual(try Data(contentsOf: elsewhere), Data("precious".utf8))
        XCTAssertEqual(try Data(contentsOf: link), Data("new".utf8))
        let type = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeRegular)
    }

    func testMissingFolderIsAnError() {
        let missing = URL(fileURLWithPath: "/nonexistent/gigdesk-exports")
        XCTAssertThrowsError(try ExportWriter.write(data: Data(), to: missing, fileName: "a.pdf", force: false)) {
            XCTAssertEqual($0 as? ExportWriteError, .notAFolder(missing.path))
        }
    }

    func testFormatsRenderAndNameTheirFiles() throws {
        XCTAssertEqual(ExportFormat.allCases.map(\.rawValue), ["pdf", "md", "html", "csv", "ubl"])
        XCTAssertEqual(ExportFormat(rawValue: "ubl")?.fileExtension, "xml")
        XCTAssertEqual(ExportFormat.pdf.fileName(for: "INV-2026-0001"), "INV-2026-0001.pdf")
        for format in ExportFormat.allCases {
            let data = try format.render(Fixtures.invoice)
            XCTAssertFalse(data.isEmpty, format.rawValue)
        }
        XCTAssertTrue(try ExportFormat.pdf.render(Fixtures.invoice).starts(with: Data("%PDF-".utf8)))
        XCTAssertTrue(try ExportFormat.ubl.render(Fixtures.invoice).starts(with: Data("<?xml".utf8)))
    }
}
