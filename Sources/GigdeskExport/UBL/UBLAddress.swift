/// A postal address split into the parts UBL's `cac:PostalAddress` names.
///
/// The document carries free address lines; when the last of several lines looks
/// like a locality ("10115 Berlin", "Springfield, IL 62704", "London SW1A 1AA"),
/// it becomes postal zone, city and region. The remaining lines fill StreetName,
/// AdditionalStreetName and then AddressLine elements.
struct UBLAddress: Equatable {
    var streetName: String?
    var additionalStreetName: String?
    var extraLines: [String] = []
    var cityName: String?
    var postalZone: String?
    var countrySubentity: String?

    /// The parts of `lines`.
    init(lines: [String]) {
        var rest = lines.compactMap(\.nonBlank)
        if rest.count >= 2, let last = rest.last, let locality = Self.locality(last) {
            rest.removeLast()
            cityName = locality.city
            postalZone = locality.zone
            countrySubentity = locality.region
        }
        streetName = rest.first
        additionalStreetName = rest.dropFirst().first
        extraLines = Array(rest.dropFirst(2))
    }

    private static func locality(_ line: String) -> (city: String, zone: String, region: String?)? {
        // "Springfield, IL 62704" (United States)
        if let match = line.wholeMatch(of: #/(.+?),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)/#) {
            return (String(match.1), String(match.3), String(match.2))
        }
        // "London SW1A 1AA" (United Kingdom)
        if let match = line.wholeMatch(of: #/(.+?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})/#) {
            return (String(match.1), String(match.2), nil)
        }
        // "10115 Berlin", "D-10115 Berlin", "00-950 Warszawa", "100-0005 Tokyo"
        if let match = line.wholeMatch(of: #/((?:[A-Z]{1,2}-)?\d[\d\- ]{1,8}\d)\s+(\D.*)/#) {
            return (String(match.2), String(match.1), nil)
        }
        return nil
    }
}
