/// Where Azure reservations can be bought (§6 of the API reference).
///
/// The list is a UI guard only: the catalog itself (an empty product list, 800070, 2030) is the authority.
public enum ReservationMarkets {
    /// Partner Center country codes of the 110 markets where reservations are not sold.
    public static let notSold: Set<String> = [
        "AD", "AG", "AI", "AQ", "AS", "AW", "AX", "BF", "BI", "BJ", "BL", "BQ", "BR", "BT", "BV", "CC", "CD", "CF", "CG",
        "CK", "CN", "CX", "DJ", "DM", "ER", "FK", "FM", "GA", "GD", "GF", "GG", "GI", "GL", "GM", "GN", "GP", "GQ", "GS",
        "GU", "GW", "GY", "HM", "HT", "IM", "IO", "JE", "KH", "KI", "KM", "LA", "LC", "LR", "LS", "MF", "MG", "MH", "ML",
        "MM", "MP", "MQ", "MR", "MS", "MV", "MW", "MZ", "NC", "NE", "NF", "NR", "NU", "PF", "PG", "PM", "PN", "PW", "RE",
        "RU", "SB", "SC", "SH", "SJ", "SL", "SM", "SO", "SR", "SS", "ST", "SX", "SZ", "TC", "TD", "TF", "TG", "TK", "TL",
        "TO", "TV", "UM", "VA", "VC", "VG", "VU", "WF", "WS", "XE", "XJ", "XK", "XS", "YE", "YT",
    ]

    /// Whether reservations are sold to customers in `countryCode` (case-insensitive).
    public static func sellsReservations(in countryCode: String) -> Bool {
        !notSold.contains(countryCode.uppercased())
    }

    /// Why purchases are unavailable for a customer in `countryCode`, or nil when they are available.
    public static func unavailableReason(countryCode: String?) -> String? {
        guard let countryCode, !countryCode.isEmpty else { return "The customer's country is not known yet" }
        return sellsReservations(in: countryCode)
            ? nil : "Azure reservations are not sold in \(countryCode.uppercased()) (the customer's market)"
    }
}
