import Foundation

/// A TrueType font file, mapped read-only, with its table directory checked.
///
/// libharu reads font tables without bounds checks and crashes on a file that is
/// not a font or is cut short, and it cannot embed CFF-flavoured OpenType; such
/// files are refused here, before libharu sees them.
struct TrueTypeFont {
    let path: String
    private let data: Data
    private let tables: [String: Range<Int>]

    /// The tables libharu needs to embed a TrueType font.
    private static let requiredTables: Set<String> = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"]

    /// Reads the font at `path` (a .ttf, or the first face of a .ttc).
    /// - Throws: `PDFExportError.unusableFont` saying what is wrong.
    init(path: String) throws {
        func unusable(_ reason: String) -> PDFExportError {
            .unusableFont(path: path, reason: reason)
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw unusable("cannot be read")
        }
        self.path = path
        self.data = data

        var directory = 0
        var tag = Self.tag(data, at: 0)
        if tag == "ttcf" {
            directory = Int(Self.uint32(data, at: 12) ?? 0)
            tag = Self.tag(data, at: directory)
        }
        if tag == "OTTO" { throw unusable("has CFF outlines; libharu embeds only TrueType outlines") }
        guard tag == "\0\u{1}\0\0" || tag == "true", let count = Self.uint16(data, at: directory + 4) else {
            throw unusable("is not a TrueType font")
        }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<Int(count) {
            let record = directory + 12 + index * 16
            guard let offset = Self.uint32(data, at: record + 8), let length = Self.uint32(data, at: record + 12),
                  Int(offset) + Int(length) <= data.count
            else { throw unusable("is cut short") }
            tables[Self.tag(data, at: record)] = Int(offset)..<Int(offset) + Int(length)
        }
        let missing = Self.requiredTables.subtracting(tables.keys).sorted()
        guard missing.isEmpty else { throw unusable("lacks the tables \(missing.joined(separator: ", "))") }
        self.tables = tables
    }

    /// The glyphs a composite glyph is built from (empty for a simple glyph).
    func components(ofGlyph glyph: Int) -> [Int] {
        guard let glyf = tables["glyf"], let outline = outline(of: glyph),
              let contours = Self.uint16(data, at: glyf.lowerBound + outline.lowerBound),
              contours & 0x8000 != 0 // a negative contour count marks a composite
        else { return [] }

        var components: [Int] = []
        var cursor = glyf.lowerBound + outline.lowerBound + 10
        let end = glyf.lowerBound + outline.upperBound
        while cursor + 4 <= end, let flags = Self.uint16(data, at: cursor),
              let component = Self.uint16(data, at: cursor + 2) {
            components.append(Int(component))
            cursor += 4 + (flags & 0x0001 != 0 ? 4 : 2)      // arguments: words or bytes
            if flags & 0x0008 != 0 { cursor += 2 }             // one scale
            else if flags & 0x0040 != 0 { cursor += 4 }        // x and y scale
            else if flags & 0x0080 != 0 { cursor += 8 }        // two-by-two matrix
            guard flags & 0x0020 != 0 else { break }           // more components follow
        }
        return components
    }

    /// The byte range of `glyph`'s outline inside the glyf table, from loca.
    private func outline(of glyph: Int) -> Range<Int>? {
        guard let head = tables["head"], let loca = tables["loca"], glyph >= 0,
              let format = Self.uint16(data, at: head.lowerBound + 50)
        else { return nil }
        func offset(_ index: Int) -> Int? {
            if format == 0 {
                let at = loca.lowerBound + index * 2
                return at + 2 <= loca.upperBound ? Self.uint16(data, at: at).map { Int($0) * 2 } : nil
            }
            let at = loca.lowerBound + index * 4
            return at + 4 <= loca.upperBound ? Self.uint32(data, at: at).map(Int.init) : nil
        }
        guard let start = offset(glyph), let end = offset(glyph + 1), start < end else { return nil }
        return start..<end
    }

    private static func tag(_ data: Data, at offset: Int) -> String {
        guard offset >= 0, offset + 4 <= data.count else { return "" }
        let start = data.startIndex + offset
        return String(decoding: data[start..<start + 4], as: UTF8.self)
    }

    private static func uint16(_ data: Data, at offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= data.count else { return nil }
        let start = data.startIndex + offset
        return UInt16(data[start]) << 8 | UInt16(data[start + 1])
    }

    private static func uint32(_ data: Data, at offset: Int) -> UInt32? {
        guard let high = uint16(data, at: offset), let low = uint16(data, at: offset + 2) else { return nil }
        return UInt32(high) << 16 | UInt32(low)
    }
}
